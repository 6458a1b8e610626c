// Source: general knowledge — US states, Canadian provinces, Australian states, the counties and regions
// of the British Isles, continents and world regions, national capitals and the world's major cities.
// Keys are matched case-insensitively; aliases map to the canonical name.
import { aliasMap } from './words';

/** Sub-national regions, continents and world regions. */
export const REGIONS = aliasMap(`
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|District of Columbia|
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|
New South Wales|Victoria|Queensland|Tasmania|Western Australia|South Australia|
Yorkshire|Lancashire|Kent|Essex|Surrey|Sussex|Somerset|Devon|Cornwall|Dorset|Hampshire|Middlesex|Durham|Cumbria|
Northumberland|Lincolnshire|Norfolk|Suffolk|Derbyshire|Leicestershire|Nottinghamshire|Warwickshire|Worcestershire|
Gloucestershire|Northamptonshire|Glamorgan|Cheshire|Staffordshire|Shropshire|Oxfordshire|Berkshire|Wiltshire|Ulster|
Bavaria|Saxony|Catalonia|Andalusia|Basque Country|Lombardy|Sicily|Sardinia|Corsica|Brittany|Normandy|Provence|Flanders|
Wallonia|Siberia|Transylvania|Kashmir|Punjab|Bengal|Kurdistan|Darfur|Crimea|Donbas|Balkans|Caucasus|Scandinavia|
Europe|Asia|Africa|North America|South America|Latin America|Central America|Antarctica|Oceania|Middle East=Mideast|
Far East|Near East|Gulf=Persian Gulf|Arabian Peninsula|Horn of Africa|Sahara|Sahel|Mediterranean|Caribbean|Pacific|
Atlantic|Indian Ocean|Baltic|Baltics|North Sea|Black Sea|Red Sea|Caspian|Caspian Sea|South China Sea|West Bank|Gaza|
Gaza Strip|Golan Heights|Sinai|Midwest|New England|Silicon Valley|Wall Street|Southeast Asia|East Asia|Central Asia|
South Asia|Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|West Africa|East Africa|
North Africa|Southern Africa|Central Africa|Great Lakes|Anatolia|Kurdish region|Tyrol|Hokkaido|Okinawa|Mindanao|
Borneo|Java|Sumatra|Bali|Tigray|Idlib|Aleppo|Daraa|Latakia|Homs|Raqqa|Kirkuk|Mosul|Basra|Fallujah|Helmand|Kandahar
`);

/** National capitals and the world's major cities. */
export const CITIES = aliasMap(`
London|Paris|Berlin|Bonn|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Luxembourg|Vienna|Bern|Geneva|Zurich|
Basel|Lausanne|Stockholm|Oslo|Copenhagen|Helsinki|Reykjavik|Warsaw|Prague|Bratislava|Budapest|Bucharest|Sofia|
Belgrade|Zagreb|Ljubljana|Sarajevo|Skopje|Tirana|Athens|Podgorica|Pristina|Chisinau|Kiev=Kyiv|Minsk|Moscow|
St Petersburg=St. Petersburg=Saint Petersburg|Riga|Tallinn|Vilnius|Ankara|Istanbul|Nicosia|Valletta|Tbilisi|Yerevan|
Baku|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Cairo|Riyadh|Jeddah|Mecca|Medina|Kuwait City|Doha|
Manama|Abu Dhabi|Dubai|Muscat|Sanaa|Aden|Kabul|Islamabad|Karachi|Lahore|New Delhi|Delhi|Mumbai=Bombay|Calcutta=Kolkata|
Madras=Chennai|Bangalore|Dhaka|Colombo|Kathmandu|Beijing=Peking|Shanghai|Guangzhou|Shenzhen|Hong Kong|Taipei|Tokyo|
Osaka|Kyoto|Seoul|Pyongyang|Manila|Jakarta|Kuala Lumpur|Singapore|Bangkok|Hanoi|Ho Chi Minh City=Saigon|Phnom Penh|
Vientiane|Rangoon=Yangon|Naypyidaw|Ulan Bator=Ulaanbaatar|Almaty=Alma-Ata|Astana|Tashkent|Bishkek|Dushanbe|Ashgabat|
Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Wellington|Auckland|Ottawa|Toronto|Montreal|Vancouver|Calgary|
Washington|New York|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Antonio|San Diego|Dallas|San Francisco|
Boston|Seattle|Detroit|Atlanta|Miami|Denver|Baltimore|Cleveland|Pittsburgh|St Louis=St. Louis|Minneapolis|Milwaukee|
Kansas City|Cincinnati|Oakland|New Orleans|Las Vegas|Nashville|Orlando|Tampa|Sacramento|Portland|Salt Lake City|
Mexico City|Havana|Kingston|Port-au-Prince|Santo Domingo|San Juan|Guatemala City|San Salvador|Tegucigalpa|Managua|
San Jose|Panama City|Bogota|Caracas|Quito|Lima|La Paz|Santiago|Buenos Aires|Montevideo|Asuncion|Brasilia|
Rio de Janeiro|Sao Paulo|Nairobi|Addis Ababa|Kampala|Kigali|Bujumbura|Dar es Salaam|Dodoma|Mogadishu|Khartoum|Juba|
Tripoli|Tunis|Algiers|Rabat|Casablanca|Dakar|Abuja|Lagos|Accra|Abidjan|Monrovia|Freetown|Conakry|Bamako|Niamey|
Ouagadougou|Kinshasa|Brazzaville|Luanda|Lusaka|Harare|Maputo|Pretoria|Johannesburg|Cape Town|Durban|Windhoek|Gaborone|
Antananarivo|Munich|Frankfurt|Hamburg|Cologne|Stuttgart|Dusseldorf|Leipzig|Dresden|Milan|Naples|Turin|Florence|
Venice|Barcelona|Valencia|Seville|Bilbao|Marseille|Lyon|Nice|Toulouse|Bordeaux|Strasbourg|Rotterdam|Antwerp|Porto|
Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|Sheffield|Newcastle|Oxford|Cambridge|
Gothenburg|Krakow|Gdansk|Odessa|Kharkiv=Kharkov|Donetsk|Sevastopol|Grozny|Novosibirsk|Vladivostok|Sochi|Astrakhan|
Mosul|Arbil=Erbil|Sulaimaniya|Gaza City|Ramallah|Hebron|Nablus|Bethlehem|Haifa|Isfahan|Mashhad|Shiraz|Tabriz|Qom|
Herat|Peshawar|Quetta|Hyderabad|Chittagong|Hangzhou|Nanjing|Wuhan|Chongqing|Chengdu|Tianjin|Harbin|Xian|Lhasa|
Urumqi|Pusan=Busan|Incheon|Yokohama|Nagoya|Kobe|Hiroshima|Nagasaki|Davos|Srebrenica|Mostar|Tuzla

`);
