// Source: general knowledge — common given names across the languages that appear in English world news
// (Arabic, Persian, Turkish, Russian and Slavic, Chinese, Japanese, Korean, South Asian, African, European,
// Latin American). compromise's own lexicon adds many English first names.
import { lowerSet } from './words';

export const GIVEN_NAMES = lowerSet(`
Ali|Mohammad|Mohammed|Muhammad|Mohamed|Mohamad|Mahmoud|Mahmud|Ahmad|Ahmed|Hassan|Hasan|Hussein|Hossein|Husain|Abdul|Abdel|
Abdullah|Abdallah|Abdulaziz|Omar|Umar|Osman|Othman|Khalid|Khaled|Walid|Saeed|Saeid|Said|Saad|Salim|Salem|Salman|Sultan|
Faisal|Fahd|Nasser|Nasir|Jamal|Kamal|Karim|Rashid|Rami|Samir|Sami|Tariq|Yasser|Yasir|Yousef|Yusuf|Youssef|Ibrahim|Ismail|
Mustafa|Mostafa|Moussa|Musa|Issa|Jawad|Javad|Reza|Ali-Akbar|Akbar|Amir|Mehdi|Mahdi|Majid|Hamid|Hamed|Bashar|Hafez|
Nouri|Nuri|Jalal|Masoud|Massoud|Mohsen|Morteza|Mojtaba|Abbas|Ebrahim|Hashem|Esmaeil|Kazem|Gholam|Gholamreza|Hojjat|Farhad|
Fatima|Fatemeh|Zainab|Maryam|Aisha|Leila|Layla|Nadia|Huda|Rania|Zahra|Shirin|Parisa|Benazir|Nawaz|Imran|Pervez|Shahid|
Tayyip|Recep|Ahmet|Mehmet|Mustafa|Kemal|Bulent|Suleyman|Tansu|Mesut|Necmettin|Abdullah|Binali|Mevlut|Hakan|Emre|Ozil|
Vladimir|Dmitry|Dmitri|Sergei|Sergey|Alexander|Aleksandr|Alexei|Alexey|Mikhail|Boris|Viktor|Victor|Yuri|Yury|Igor|
Ivan|Nikolai|Nikolay|Andrei|Andrey|Oleg|Pavel|Anatoly|Yevgeny|Evgeny|Gennady|Grigory|Leonid|Vyacheslav|Valery|Vitaly|
Ruslan|Aslan|Dzhokhar|Ramzan|Shamil|Nursultan|Islam|Askar|Alyaksandr|Petro|Volodymyr|Viktor|Leonid|Arseniy|Yulia|
Olga|Natalia|Natalya|Tatiana|Tatyana|Svetlana|Irina|Elena|Yelena|Galina|Lyudmila|Anna|Maria|Valentina|Ksenia|
Lech|Aleksander|Jaroslaw|Donald|Andrzej|Vaclav|Milos|Viktor|Janos|Gyula|Ion|Traian|Klaus|Emil|Zoran|Slobodan|Franjo|
Radovan|Ratko|Alija|Momir|Milan|Goran|Ante|Bojan|Dragan|Vojislav|Ibrahim|Hashim|Kofi|Nelson|Thabo|Jacob|Cyril|Robert|
Jomo|Uhuru|Daniel|Yoweri|Paul|Olusegun|Goodluck|Muhammadu|Sani|Ibrahim|Laurent|Joseph|Pierre|Jean|Jean-Claude|
Jean-Pierre|Jean-Marie|Francois|Jacques|Nicolas|Emmanuel|Alain|Lionel|Dominique|Philippe|Helmut|Gerhard|Angela|
Wolfgang|Joschka|Theo|Horst|Frank-Walter|Olaf|Sigmar|Romano|Silvio|Massimo|Giulio|Lamberto|Matteo|Giuseppe|Sergio|
Felipe|Jose|Jose Maria|Josep|Mariano|Pedro|Jorge|Carlos|Juan|Luis|Miguel|Fernando|Alberto|Alvaro|Ernesto|Fidel|Raul|
Hugo|Nicolas|Evo|Luiz|Dilma|Jair|Cristina|Mauricio|Alan|Alejandro|Andres|Manuel|Enrique|Vicente|Ernesto|Rafael|
Xi|Hu|Wen|Li|Jiang|Zhu|Deng|Mao|Zhou|Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Lee|Kim|Park|Moon|Roh|Shinzo|Junichiro|
Ryutaro|Yoshihiko|Naoto|Yukio|Taro|Fumio|Yoshihide|Narendra|Manmohan|Atal|Sonia|Rahul|Indira|Rajiv|Sheikh|Khaleda|
Sirimavo|Chandrika|Mahinda|Gotabaya|Ranil|Aung|Thein|Than|Hun|Norodom|Suharto|Megawati|Joko|Susilo|Mahathir|Anwar|Najib|
Lee|Goh|Thaksin|Yingluck|Prayuth|Benjamin|Binyamin|Shimon|Yitzhak|Ehud|Ariel|Avigdor|Tzipi|Naftali|Yair|Benny|Mahmoud|
Yasser|Saeb|Nabil|Ismail|Khaled|Marwan|Recep|Hamad|Tamim|Mohammed bin|Salman|Abdulla|Qaboos|Hosni|Anwar|Gamal|Abdel Fattah|
Muammar|Moammar|Zine|Abdelaziz|Abdelmadjid|Houari|Hamid|Barack|Joe|Hillary|Bill|George|Ronald|Jimmy|Gerald|Richard|
Lyndon|Dwight|Harry|Franklin|Newt|Bob|Dick|Al|Mike|Nancy|Chuck|Mitch|Kamala|Bernie|Elizabeth|Ted|Marco|Rand|Jeb|
Chris|Ben|Carly|Ivanka|Melania|Jared|Rudy|Rudolph|Madeleine|Condoleezza|Colin|Kofi|Ban|Antonio|Boutros|Javier|
Tony|Gordon|David|Theresa|Boris|Jeremy|John|Margaret|Neil|Nick|Ed|Keir|Rishi|Liz|Nicola|Alex|Gerry|Martin|Ian|
Bertie|Enda|Leo|Micheal|Mary|Jacinda|Malcolm|Kevin|Julia|Tony|Scott|Justin|Stephen|Jean|Brian|Pierre|Yasuo|
Wim|Ruud|Mark|Guy|Herman|Jose Manuel|Jean-Claude|Ursula|Charles|Charlotte|Carl|Karl|Lars|Anders|Jens|Erna|Sauli|
Tarja|Martti|Mauno|Juha|Sanna|Stefan|Magnus|Goran|Olof|Ingvar|Fredrik|Gro|Kjell|Jonas|Poul|Helle|Mette|
Anthony|Andrew|Peter|Michael|James|Thomas|William|Patrick|Stephen|Steven|Matthew|Simon|Timothy|Kenneth|Christopher
`);
