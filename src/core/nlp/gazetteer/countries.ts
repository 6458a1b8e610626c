// Source: ISO 3166-1 country names (short English forms) with their common news aliases, and the
// demonyms/adjectives of those countries (general knowledge). Keys are matched case-insensitively.
import { aliasMap } from './words';

/** Country name or alias (lower case) -> canonical country name. */
export const COUNTRIES = aliasMap(`
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda=Antigua|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus=Byelorussia|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina=Bosnia=Bosnia-Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|
Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of Congo=Zaire|Costa Rica|
Ivory Coast=Cote d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic=Czechia|Czechoslovakia|Denmark|Djibouti|Dominica|Dominican Republic|
East Timor=Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini=Swaziland|Ethiopia|Fiji|
Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|
Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland=Irish Republic=Eire|Israel|Italy|Jamaica|Japan|Jordan|
Kazakhstan|Kenya|Kiribati|North Korea|South Korea|Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia=North Macedonia|Madagascar|Malawi|Malaysia|Maldives|
Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar=Burma|Namibia|Nauru|Nepal|Netherlands=Holland|New Zealand|Nicaragua|Niger|Nigeria|Norway|
Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|
Russia=Russian Federation|Rwanda|Saint Kitts and Nevis|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|
Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad and Tobago=Trinidad|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates=UAE=U.A.E.|
Britain=United Kingdom=UK=U.K.=Great Britain|United States=U.S.=US=USA=U.S.A.=America|Uruguay|Uzbekistan|Vanuatu|
Vatican=Vatican City=Holy See|Venezuela|Vietnam|Yemen|Yugoslavia|Zambia|Zimbabwe|Soviet Union=USSR=U.S.S.R.|
England|Scotland|Wales|Northern Ireland|Greenland|Puerto Rico|Hong Kong|Macau=Macao|Gibraltar|Bermuda|Tibet|
Chechnya|Kurdistan|Western Sahara|Faroe Islands|Palestinian territories
`);

/** Demonym or national adjective (lower case) -> country canonical name. Not entities themselves (MISC). */
export const DEMONYMS = aliasMap(`
Afghanistan=Afghan|Albania=Albanian|Algeria=Algerian|Angola=Angolan|Argentina=Argentine=Argentinian|Armenia=Armenian|
Australia=Australian|Austria=Austrian|Azerbaijan=Azerbaijani=Azeri|Bahrain=Bahraini|Bangladesh=Bangladeshi|
Belarus=Belarussian=Belarusian|Belgium=Belgian|Bolivia=Bolivian|Bosnia and Herzegovina=Bosnian|Brazil=Brazilian|
Britain=British=Briton|Bulgaria=Bulgarian|Burundi=Burundian|Cambodia=Cambodian|Cameroon=Cameroonian|Canada=Canadian|
Chile=Chilean|China=Chinese|Colombia=Colombian|Croatia=Croatian=Croat|Cuba=Cuban|Cyprus=Cypriot|Czech Republic=Czech|
Denmark=Danish=Dane|Ecuador=Ecuadorean=Ecuadorian|Egypt=Egyptian|England=English|Estonia=Estonian|Ethiopia=Ethiopian|
Finland=Finnish=Finn|France=French|Georgia=Georgian|Germany=German|Ghana=Ghanaian|Greece=Greek|Guatemala=Guatemalan|
Haiti=Haitian|Hungary=Hungarian|Iceland=Icelandic|India=Indian|Indonesia=Indonesian|Iran=Iranian|Iraq=Iraqi|
Ireland=Irish|Israel=Israeli|Italy=Italian|Jamaica=Jamaican|Japan=Japanese|Jordan=Jordanian|Kazakhstan=Kazakh|
Kenya=Kenyan|Korea=Korean|Kuwait=Kuwaiti|Kyrgyzstan=Kyrgyz|Latvia=Latvian|Lebanon=Lebanese|Liberia=Liberian|
Libya=Libyan|Lithuania=Lithuanian|Luxembourg=Luxembourgish|Macedonia=Macedonian|Malaysia=Malaysian|Mali=Malian|
Mexico=Mexican|Moldova=Moldovan|Mongolia=Mongolian|Morocco=Moroccan|Mozambique=Mozambican|Myanmar=Burmese|
Netherlands=Dutch|New Zealand=New Zealander|Nicaragua=Nicaraguan|Nigeria=Nigerian|Norway=Norwegian|Oman=Omani|
Pakistan=Pakistani|Palestine=Palestinian|Panama=Panamanian|Paraguay=Paraguayan|Peru=Peruvian|Philippines=Filipino=Philippine|
Poland=Polish|Portugal=Portuguese|Qatar=Qatari|Romania=Romanian|Russia=Russian|Rwanda=Rwandan|Saudi Arabia=Saudi|
Scotland=Scottish=Scot|Senegal=Senegalese|Serbia=Serbian=Serb|Singapore=Singaporean|Slovakia=Slovak|Slovenia=Slovenian=Slovene|
Somalia=Somali|South Africa=South African|Spain=Spanish|Sri Lanka=Sri Lankan|Sudan=Sudanese|Sweden=Swedish=Swede|
Switzerland=Swiss|Syria=Syrian|Taiwan=Taiwanese|Tajikistan=Tajik|Tanzania=Tanzanian|Thailand=Thai|Tunisia=Tunisian|
Turkey=Turkish=Turk|Turkmenistan=Turkmen|Uganda=Ugandan|Ukraine=Ukrainian|United States=American|Uruguay=Uruguayan|
Uzbekistan=Uzbek|Venezuela=Venezuelan|Vietnam=Vietnamese|Wales=Welsh|Yemen=Yemeni|Yugoslavia=Yugoslav|Zambia=Zambian|
Zimbabwe=Zimbabwean|Soviet Union=Soviet|Chechnya=Chechen|Kurdistan=Kurdish=Kurd|Europe=European|Africa=African|
Asia=Asian|Arab world=Arab|Latin America=Latin American|West Indies=West Indian|Tibet=Tibetan|Hong Kong=Hong Konger
`, false);
