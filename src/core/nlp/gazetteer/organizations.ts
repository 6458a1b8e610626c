// Source: general knowledge — well-known international organisations and their acronyms, news agencies and
// outlets, and the head words that end (or begin) organisation names in English news (incl. the industry and
// business nouns of company names: "Dow Chemical", "Johnson Controls", "London Newsroom").
import { aliasMap, gazetteerKey, list, lowerSet } from './words';

/** Known organisations: canonical name = acronyms and other names. */
const ORGANIZATION_LIST = `
United Nations=UN=U.N.|North Atlantic Treaty Organization=NATO|European Union=EU=E.U.|European Commission|
European Parliament|European Central Bank=ECB|Council of Europe|International Monetary Fund=IMF|World Bank|
World Trade Organization=WTO|World Health Organization=WHO|Organization of the Petroleum Exporting Countries=OPEC|
Organization for Security and Cooperation in Europe=OSCE|International Atomic Energy Agency=IAEA|UNESCO|UNICEF|
UNHCR|International Committee of the Red Cross=ICRC=Red Cross|Red Crescent|Amnesty International|Human Rights Watch|
Greenpeace|Interpol|Europol|African Union=AU|Organisation of African Unity=OAU|Arab League|Gulf Cooperation Council=GCC|
Association of Southeast Asian Nations=ASEAN|Group of Seven=G7|Group of Eight=G8|Group of 20=G20|
Organisation for Economic Co-operation and Development=OECD|International Olympic Committee=IOC|FIFA|UEFA|
International Criminal Court=ICC|International Court of Justice=ICJ|Security Council|General Assembly|
Palestine Liberation Organisation=PLO|Hamas|Hezbollah=Hizbollah|Taliban|al Qaeda=al-Qaeda=Al Qaeda|Islamic State=ISIS=ISIL|
Federal Reserve=Fed|Treasury|Pentagon|Kremlin|White House|State Department|Congress|Senate|Bundesbank|Bundestag|Knesset|Duma|
Central Intelligence Agency=CIA|Federal Bureau of Investigation=FBI|National Security Agency=NSA|KGB|FSB|Mossad|
Internal Revenue Service=IRS|Securities and Exchange Commission=SEC|NASA|Environmental Protection Agency=EPA|
Democratic Party=Democrats|Republican Party=Republicans=GOP|Labour Party=Labour|Conservative Party=Conservatives=Tories|
Reuters|Associated Press=AP|Agence France-Presse=AFP|United Press International=UPI|Bloomberg|Dow Jones|Interfax|
Itar-Tass=ITAR-TASS=Tass=TASS|RIA Novosti=RIA|Xinhua|Kyodo|Yonhap|Anadolu Agency=Anadolu|ANSA|EFE|DPA|Press Association=PA|
Islamic Republic News Agency=IRNA|Mehr News Agency=MNA=Mehr|Tasnim News Agency=Tasnim|Fars News Agency=Fars|
Iranian Students News Agency=ISNA|Iran Press|Press TV|PTI|Bernama|Antara|SANA|Al Jazeera|Al Arabiya|
British Broadcasting Corporation=BBC|CNN|CBS|NBC|ABC News|Fox News|MSNBC|NPR|Sky News|Euronews|Sputnik|
New York Times|Washington Post|Wall Street Journal|Financial Times|The Times|The Guardian|The Independent|
Daily Telegraph|Le Monde|Der Spiegel|Pravda|Izvestia|Kommersant|Haaretz|Jerusalem Post|USA Today|Los Angeles Times|
Time|Newsweek|The Economist|Politico|Axios|BuzzFeed|Breitbart|Huffington Post|Vox|Twitter|Facebook|Google|Microsoft|
Apple|Toyota|Volkswagen|General Motors=GM|IBM|Intel|Boeing|Airbus|BP|Exxon|Gazprom|Aeroflot|
Air France|Lufthansa|British Airways|Nasdaq|London Stock Exchange|New York Stock Exchange=NYSE
`;

export const ORGANIZATIONS = aliasMap(ORGANIZATION_LIST);

/** Keys of the names above written in capitals ("WHO", "AP"): they count only when written so. */
export const ORG_ACRONYMS = new Set(list(ORGANIZATION_LIST).flatMap((e) => e.split('=')).map((s) => s.trim())
  .filter((s) => /^[\p{Lu}.&-]+$/u.test(s)).map(gazetteerKey));

/** Words that end an organisation name: "Supreme National Security Council", "Tasnim News Agency". */
export const ORG_TAIL = lowerSet(`
Agency|Council|Committee|Commission|Party|Ministry|Department|Bank|Bancorp|University|College|Institute|Academy|
Association|Federation|Union|League|Organisation|Organization|Foundation|Fund|Trust|Society|Church|Court|Tribunal|
Parliament|Assembly|Congress|Senate|Cabinet|Government|Administration|Authority|Board|Bureau|Office|Service|Services|
Corporation|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV|GmbH|Co|Company|Group|Holdings|Industries|Enterprises|Partners|Airlines|
Airways|Motors|Systems|Technologies|Electric|Energy|Petroleum|Oil|Steel|Telecom|Communications|Pharmaceuticals|Bancshares|
Insurance|Securities|Capital|Investments|Exchange|News|Press|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|
Television|TV|Radio|Broadcasting|Network|Channel|Club|FC|United|City|Rovers|Athletic|Wanderers|Army|Navy|Force|Forces|
Guard|Police|Front|Movement|Brigade|Brigades|Alliance|Coalition|Council|Mission|Secretariat|Directorate|Command|
Hospital|School|Museum|Orchestra|Team|Inc.|Corp.|Ltd.|Co.|Cooperative|Syndicate|Consortium|Coalition|Caucus|Reserve|
Representatives|Newsroom|Newsdesk|Desk|Commodities|Chemical|Chemicals|Medical|Copper|Cement|Cables|Controls|Foods|Mining|
Mines|Resources|Electronics|Computer|Computers|Software|Media|Brewing|Breweries|Brewery|Textiles|Tobacco|Metals|
Utilities|Shipping|Railways|Railroad|Realty|Properties|Construction|Engineering|Instruments|Stores|Hotels|
Pharmaceutical|Laboratories|Semiconductor|Networks|Entertainment|Pictures|Studios|Publishing|Newspapers|Bankshares|
Trading|Ventures|Automotive|Aerospace|Petrochemical|Petrochemicals|Refining|Plastics|Packaging|Holding
`);

/** Words that begin an organisation name followed by "of": "Ministry of Defence", "Bank of England". */
export const ORG_HEAD = lowerSet(`
Ministry|Department|Bank|University|Council|Commission|Committee|Federation|Association|Union|League|Organisation|
Organization|Court|Office|Board|Bureau|Institute|Academy|College|Church|Party|Society|Chamber|House|Congress|Assembly|
Parliament|Government|Order|Fund|Agency|Authority|Friends|Confederation|Republic
`);

/** Lower-case words that make "Syrian army", "Russian government" an organisation (demonym + body). */
export const NATIONAL_BODIES = lowerSet(`army|navy|air force|armed forces|coast guard`);

/** Words that mark a sports team when a place names it: "Essex 372", "Chicago beat". */
export const SPORTS_HEADINGS = /^(?:CRICKET|SOCCER|FOOTBALL|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY(?: UNION| LEAGUE)?|ATHLETICS|CYCLING|MOTOR RACING|MOTORCYCLING|BOXING|HORSE RACING|ICE HOCKEY|NHL|NBA|NFL|SQUASH|BADMINTON|ROWING|SAILING|SKIING|SWIMMING|VOLLEYBALL|HANDBALL|TABLE TENNIS|OLYMPICS|AMERICAN FOOTBALL|AUSTRALIAN RULES|FORMULA ONE)\b/;
