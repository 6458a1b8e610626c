// Source: general knowledge of English news style — words around a name that tell a person from an
// organisation or a place: job nouns written before a person ("striker", "historian"), company and media nouns
// written before a body ("tyre giant Pirelli", "news agency Tanjug"), business words after one ("shares",
// "division"), peoples and faiths (named groups, not entities), event and place head words, and the sports
// played by individuals rather than teams.
import { lowerSet } from './words';

/** Lower-case job and status nouns written directly before a person's name: "striker Alan Shearer". */
export const PERSON_NOUNS = lowerSet(`
actor|actress|author|writer|novelist|poet|playwright|historian|philosopher|scientist|physicist|economist|artist|painter|
sculptor|singer|musician|composer|conductor|director|producer|film-maker|filmmaker|photographer|journalist|broker|
dealer|trader|banker|businessman|businesswoman|tycoon|magnate|financier|entrepreneur|industrialist|investor|lawyer|
doctor|surgeon|physician|nurse|priest|monk|nun|preacher|evangelist|dissident|activist|campaigner|militant|guerrilla|
rebel|leader|legend|veteran|star|superstar|teammate|team-mate|compatriot|countryman|countrywoman|partner|opponent|
winner|runner-up|finalist|semifinalist|champion|titleholder|holder|seed|wildcard|qualifier|player|striker|midfielder|
defender|goalkeeper|forward|winger|sweeper|playmaker|captain|skipper|coach|manager|batsman|bowler|spinner|wicketkeeper|
all-rounder|opener|pitcher|catcher|hitter|slugger|shortstop|outfielder|infielder|closer|reliever|rookie|left-hander|
right-hander|quarterback|linebacker|receiver|sprinter|runner|hurdler|jumper|thrower|swimmer|cyclist|rider|driver|
golfer|boxer|fighter|skier|jockey|trainer|referee|umpire|husband|wife|son|daughter|father|mother|brother|sister|
widow|widower|grandson|granddaughter|nephew|niece|cousin|friend|aide|spokesman|spokeswoman|spokesperson|analyst|
strategist|economist|secretary|minister|president|premier|chairman|chairwoman|chief|official|envoy|ambassador|
governor|mayor|senator|congressman|congresswoman|lawmaker|deputy|adviser|advisor|commander|general|colonel|
prosecutor|judge|attorney|counsel|defendant|suspect|victim|witness|prisoner|hostage|refugee|student|teacher|
professor|lecturer|archbishop|bishop|cardinal|cleric|imam|rabbi|ayatollah|sheikh|prince|princess|king|queen|
detective|inspector|officer|policeman|soldier|pilot|astronaut|explorer|climber|sailor|yachtsman|editor|columnist|
correspondent|reporter|commentator|presenter|announcer|candidate|nominee|challenger|incumbent
`);

/** Lower-case nouns written directly before an organisation's name: "news agency Tanjug", "tyre giant Pirelli". */
export const BODY_NOUNS = lowerSet(`
company|companies|firm|firms|group|giant|maker|makers|manufacturer|producer|carrier|airline|bank|banks|insurer|
retailer|chain|operator|newspaper|newspapers|daily|weekly|paper|magazine|agency|broadcaster|station|network|
brokerage|conglomerate|distributor|publisher|supplier|subsidiary|unit|venture|refinery|utility|developer|exporter|
importer|concern|holding|thrift|lender|automaker|carmaker|steelmaker|chipmaker|drugmaker|brewer|miner|club|clubs|
team|teams|side|outfit|franchise|party|parties|movement|union|organisation|organization|association|faction|
federation|league|body|ministry|council|committee|board|institute|university|college|school|consortium|
rivals|competitor|competitors|shipper|shipyard|label|studio|fund|funds|trust|exchange
`);

/** Lower-case words after an organisation's name (or its possessive): "Magna shares", "Pirelli's cables division". */
export const BODY_AFTER = lowerSet(`
spokesman|spokeswoman|spokesperson|chairman|chairwoman|executive|executives|officials|shares|share|stock|stocks|stake|
unit|units|subsidiary|subsidiaries|board|management|employees|workers|staff|plant|plants|factory|factories|bid|offer|
profit|profits|earnings|revenue|revenues|sales|turnover|merger|takeover|shareholders|stockholders|headquarters|
members|leadership|statement|division|divisions|operations|products|customers|results|dividend|debt|bonds|
chief|president|director|directors|brand|brands|outlets|stores|branches|network|deal|acquisition|group|newspaper|
newspapers|daily|weekly|magazine|agency|movement|company|firm|bank|airline|carrier|freighter|airliner|index|report
`);

/**
 * Peoples, faiths and political or religious groups and their adjectives: named groups (MISC), never a
 * person, organisation or place on their own. Plurals of demonyms ("Serbs") are found from countries.ts.
 */
export const PEOPLES = lowerSet(`
Moslem|Moslems|Muslim|Muslims|Islamic|Islamist|Islamists|Jewish|Jew|Jews|Christian|Christians|Catholic|Catholics|
Roman Catholic|Protestant|Protestants|Orthodox|Anglican|Anglicans|Methodist|Baptist|Evangelical|Mormon|Hindu|Hindus|
Sikh|Sikhs|Buddhist|Buddhists|Sunni|Sunnis|Shiite|Shiites|Shi'ite|Shi'ites|Alawite|Alawites|Druze|Coptic|Copts|Hutu|
Hutus|Tutsi|Tutsis|Afrikaner|Afrikaners|Afrikaans|Coloured|Coloureds|Arab|Arabs|Kurd|Kurds|Berber|Berbers|Pashtun|
Pashtuns|Tajiks|Uzbeks|Hazara|Tamil|Tamils|Sinhalese|Basque|Basques|Catalan|Catalans|Flemish|Walloon|Walloons|Zulu|
Zulus|Xhosa|Maori|Maoris|Aborigine|Aborigines|Aboriginal|Inuit|Roma|Gypsy|Gypsies|Bedouin|Palestinians|Israelis|
Cossack|Cossacks|Latino|Latinos|Hispanic|Hispanics|Anglo|Slav|Slavs|Slavic|Scandinavian|Nordic|Celtic|Gaelic|
Communist|Communists|Socialist|Socialists|Marxist|Marxists|Maoist|Maoists|Zionist|Zionists|Nazi|Nazis|Fascist|
Liberal|Liberals|Libran|Western|Eastern|Northern|Southern|Northeastern|Northwestern|Southeastern|Southwestern|
Westerners|Pole|Poles|Scot|Scots|Serb|Serbs|Croats|Dane|Danes|Swede|Swedes|Finns|Turks|Britons|Brits
`);

/** Words that make the word after them a compound demonym ("South Korean", "Far Eastern", "Latin American"). */
export const DIRECTIONS = lowerSet(`
North|South|East|West|Northern|Southern|Eastern|Western|Central|Southeast|Southwest|Northeast|Northwest|Latin|Far|
Middle|Near|Sub-Saharan|Upper|Lower|Greater|Pan|Anglo|Afro|Indo|Euro
`);

/** Last words of events, laws, wars and prizes ("Greater Milwaukee Open", "Trades Disputes Act"): MISC. */
export const EVENT_TAILS = lowerSet(`
Open|Cup|Games|Classic|Championship|Championships|Series|Trophy|Tournament|Festival|Prix|Marathon|Olympics|
Invitational|Masters|Bowl|Meeting|Grand Slam|War|Revolution|Rising|Uprising|Protocol|Treaty|Act|Accord|Accords|
Agreement|Day|Award|Awards|Prize|Summit|Exhibition|Expo|Fair|Doctrine
`);

/** Last words of a place's name: "Tiananmen Square", "Grace Road", "Insein Prison". */
export const PLACE_TAILS = lowerSet(`
Square|Street|Road|Avenue|Boulevard|Lane|Airport|Port|Harbour|Harbor|Bridge|Island|Islands|Isles|River|Mountain|
Mountains|Lake|Valley|Prison|Jail|Stadium|Arena|Park|Strait|Straits|Bay|Gulf|Sea|Ocean|Peninsula|Desert|Canal|
Coast|Heights|Hills|Province|Region|District|Oblast|Highway|Freeway|Cathedral|Mosque|Temple|Castle|Forest|
Falls|Beach|Pass|Plain|Plains|Plateau|Delta|Basin|Reef|Gorge|Glacier|Volcano|Racecourse|Ground|Oval|
Gardens|Garden|Hall|Tower|Towers
`);

/** Sports headings of sports played by individuals: a lone surname there is a player, not a team. */
export const INDIVIDUAL_SPORTS = /^(?:TENNIS|GOLF|SQUASH|BOXING|ATHLETICS|CYCLING|MOTOR RACING|MOTORCYCLING|HORSE RACING|BADMINTON|ROWING|SAILING|SKIING|SWIMMING|TABLE TENNIS|FORMULA ONE|SPEED SKATING|FIGURE SKATING|WRESTLING|JUDO|GYMNASTICS|CHESS|DARTS|SNOOKER)\b/i;

/**
 * First or last words of club names in sports copy ("Dynamo Moscow", "Deportivo Coruna", "Crystal Palace",
 * "Port Vale", "Red Star"): with one of them, a name without a given name is a team.
 */
export const CLUB_WORDS = lowerSet(`
Dynamo|Dinamo|Sporting|Real|Inter|Olympique|Olympiakos|Racing|Atletico|Athletic|Athletico|Deportivo|Borussia|Hansa|
Eintracht|Fortuna|Alemannia|Bayer|Werder|Hertha|Schalke|Kickers|Stuttgarter|SC|SK|FK|OFK|NK|AC|AS|SV|VfB|VfL|FSV|TSV|
CSKA|Spartak|Lokomotiv|Torpedo|Steaua|Rapid|Partizan|Slavia|Sparta|Standard|Sport|Club|Union|Royal|Young|Boys|
United|City|Rovers|Rangers|Albion|Town|County|Hotspur|Thistle|Orient|Argyle|Wanderers|Villa|Forest|Palace|Vale|
Star|Stars|Academicals|Wednesday|Alexandra|Stanley|Harriers|Saints|Irish|Welsh|Scottish|Exiles|Quins|Bulls|Rhinos|
Warriors|Wolves|Tigers|Lions|Bears|Eagles|Hawks|Sharks|Giants|Kings|Jets|Blues|Reds|Sox|Jays|Braves|Cubs|Mets|
Yankees|Expos|Pirates|Padres|Dodgers|Astros|Rockies|Marlins|Cardinals|Phillies|Orioles|Royals|Twins|Angels|Mariners|
Athletics|Rangers|Brewers|Indians|Tigers|Thunder|Storm|Dragons|Magpies|Hornets|Owls|Foxes|Hammers|Gunners|Spurs
`);
