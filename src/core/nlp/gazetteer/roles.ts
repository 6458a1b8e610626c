// Source: general knowledge — English titles, ranks, honorifics and job nouns that news copy writes before
// or beside a person's name, and the modifiers that build role chains ("Deputy Foreign Minister").
import { lowerSet } from './words';

/** Nouns that head a role: "President", "special envoy", "Secretary-General". */
export const ROLE_HEADS = lowerSet(`
president|vice-president|premier|chancellor|minister|secretary|secretary-general|envoy|ambassador|diplomat|consul|
spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|director|director-general|chief|head|leader|governor|
mayor|senator|congressman|congresswoman|lawmaker|legislator|deputy|representative|delegate|commissioner|general|colonel|
major|captain|commander|lieutenant|sergeant|admiral|marshal|officer|official|adviser|advisor|aide|king|queen|prince|
princess|emperor|empress|sultan|emir|sheikh|pope|cardinal|bishop|archbishop|rabbi|imam|ayatollah|cleric|judge|justice|
prosecutor|attorney|attorney-general|lawyer|coach|manager|striker|goalkeeper|midfielder|defender|batsman|bowler|
all-rounder|skipper|captain|executive|ceo|cfo|founder|owner|analyst|economist|negotiator|mediator|inspector|
superintendent|constable|editor|correspondent|reporter|journalist|professor|president-elect|nominee|candidate|
speaker|whip|treasurer|comptroller|auditor|registrar|ombudsman|regent|monarch|dictator|strongman|warlord|rebel|
spokesmen|officials|ministers|leaders|secretaries|envoys|democrat|republican|fullback|halfback|quarterback|winger|
forward|pitcher|catcher|outfielder|infielder|jockey|trainer|rider|driver|champion|finalist|seed|mp|mep|dr|mr|mrs|ms|miss|sir|dame|lord|lady|rev|prof|
sen|rep|gov|gen|col|lt|sgt|capt|maj|adm|cmdr|supt|insp|hojatoleslam|mullah|pastor|father|brother|sister|boss|
author|writer|novelist|poet|playwright|historian|scientist|researcher|artist|singer|musician|composer|photographer|
actor|actress|filmmaker|producer|businessman|businesswoman|entrepreneur|investor|activist|campaigner|doctor|surgeon|
physician|nurse|priest|teacher|strategist|pollster|consultant|columnist|commentator|presenter|host|anchor|chef|
architect|designer|lobbyist|organizer|organiser|spokesman|co-founder|founder|publisher
`);

/** Words allowed inside a role chain before its head: "Special", "deputy", "Foreign", "former". */
export const ROLE_MODIFIERS = lowerSet(`
special|deputy|vice|assistant|associate|acting|interim|former|ex|late|senior|junior|chief|top|first|second|prime|
foreign|defence|defense|interior|home|finance|financial|economy|economic|economics|trade|commerce|industry|justice|
health|education|energy|oil|agriculture|labour|labor|transport|communications|information|culture|environment|
intelligence|security|national|state|federal|regional|provincial|local|military|political|presidential|royal|supreme|
general|executive|managing|principal|permanent|high|grand|lord|army|navy|police|party|union|opposition|government|
parliamentary|press|legal|senior|lead|outgoing|incoming|new|veteran|retired|embattled|elected|appointed|designate|
public|foreign-policy|nuclear|peace|human|rights|affairs|relations|operations|staff|sales|marketing|research|
technical|medical|scientific|secretary|minister|president|director|head|chief-of-staff|joint|armed|forces|
european|international|world|country|county|city|team|club|company|group|bank|central|u.n.|un|white|house|news|
`);

/** Honorifics abbreviated or not: dropped from a name and kept as its role. */
export const HONORIFICS = lowerSet(`
mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rev|sen|rep|gov|gen|col|lt|sgt|capt|maj|adm|cmdr|pres|sheikh|ayatollah|
hojatoleslam|mullah|imam|pope|king|queen|prince|princess|president|premier|chancellor|minister|secretary|senator|
governor|mayor|general|colonel|captain|commander|judge|justice|cardinal|bishop|archbishop|rabbi|emir|sultan|
congressman|congresswoman|ambassador|envoy|chairman|director|professor|coach|speaker|chief|inspector|sergeant|
lieutenant|admiral|marshal|father|sister|brother|saint|st|mister|madam|madame|mme|mlle|herr|frau|senor|senora
`);
