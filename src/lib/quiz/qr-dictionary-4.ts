// Made by scripts/qr-dictionary.ts (see there); FROZEN: format 4 inflates only with these bytes.
/** Format 4's preset dictionary (`qr-dictionary.ts` says why; 8694 characters). */
export const QR_DICTIONARY_4_TEXT =
	'banned associated army always John Industrial Battle watched version showing sharply' +
	' running regions records purpose objects noticed kingdom killing forests brother biggest' +
	' balance amounts Typical Society Russian walls towns struggle stone royal revolutionary' +
	' measures machines independently fixed five computer colonies attached That North Building' +
	' Americas wooden stayed season nature empire amount tried spent rules front black western' +
	' weather surprisingly studies questions principle predators permanent periods perhaps' +
	' neighbouring mountains merchants machine leaving leading keep holding happens grew' +
	' figures females explained emperor effects difficult constitution conservation appears' +
	' announced alongside Western Pacific Organization winter widely vulnerable violence' +
	' underground tropical threatened surrounding summer suffered starting ruled proposed' +
	' populations nearly impossible immediately hard governments fought figure fell faster' +
	' experienced events easily developing creating collection causes belonged archaeologists' +
	' apart Worked Switzerland Research Heritage Endangered real half food unusual turning' +
	' treated picture night names meeting longest limited insects carries average arrived Other' +
	' Kingdom China Charles stands school rising lost leaves forced escape closed buried body' +
	' argued Within Second Russia traditionally structure sensitive materials increased' +
	' expensive estimated engineers decisions dangerous companies third takes suggests strongly' +
	' space sent said politics look local industry features combined chemical asked areas Great' +
	' Each Congress Atlantic will useful translated tiny surrounded successful stopped simply' +
	' rights revolution results remarkable matter importance finally failed encouraged effect' +
	' deliberately damaged damage closely cities background From Constitution instruments heavy' +
	' extra countryside centimetres First home white visitors therefore substance sides series' +
	' relatives raised pushed position military lower length launched invention hospitals' +
	' formed everyday energy defeated days below behaviour beginning Meanwhile Later Empire' +
	' Christian society learned leaders elected eastern decided Between women order lives hours' +
	' close Where Earth symbol recognised neighbours higher eventually electrical atmosphere' +
	' agreed temperatures taken science responsible researchers reported remains relationship' +
	' property problems patterns once money largely kept information ideas however generations' +
	' finished expected compared central Instead Conservation Chinese president particles' +
	' gradually equipment continued completed available Australia According best begins August' +
	' weeks those study might court coast Check April your next just gave born started reasons' +
	' minutes foreign follows certain well slightly result particular original opposite' +
	' officially linked individual held greatest father enormous death containing campaign' +
	' business afterwards Washington South Revolution Archaeologists surviving somewhere' +
	' producing organised four direction connected collected wrote shows mathematics' +
	' electricity stories simple plants pieces moving married groups general forces farmers' +
	' divided company Before Africa trade straight light last includes happened fighting' +
	' everyone These March shared reason mother joined does California works territory' +
	' supported separated nicknamed members earlier disease describes ancient among already' +
	' according Several since released measured human giving gives daughter away authorities' +
	' arranged Most workers mathematician less increasingly think given Today Their took' +
	' suggested remembered opened officials nineteenth discovered carefully broken President' +
	' survived produces language huge high form examples carrying captured attacked appeared' +
	' popular pattern natural growing further October England slowly region both People' +
	' traditional above life Some education writing survive replaced public months laboratory' +
	' invented independence ground decades centre being Germany words lived things states' +
	' needed near left behind similar serious removed reached created protected pressure' +
	' political extremely scientific passed everything enough better During makes World surface' +
	' studied covered changes William whose shaped right received possible point places period' +
	' partly others middle larger declared cannot along twentieth terms temperature capital' +
	' After within person until never movement even designed children actually species' +
	' religious mostly himself following Many whole wanted soldiers should returned recorded' +
	' protection named mainly conditions caused back France February process January short' +
	' place means turned showed second making whether towards separate official material like' +
	' becomes killed difference French There travelled international destroyed September' +
	' written exactly ordinary northern included common National name What smaller modern' +
	' longer itself founded University Explain developed buildings using parts independent' +
	' great directly helped London support problem group make living families contains' +
	' completely thought outside down young what southern much evidence They European worked' +
	' strong When built millions carried become allowed November British same long Questions' +
	' water today probably explains December then States something instead another rather' +
	' produced inside hundreds followed every controlled believed although Europe working while' +
	' country spread United Timeline system introduced each been English these centuries' +
	' powerful family million meaning largest animals Britain historians International' +
	' countries began used only during brought found early building when would single quickly' +
	' themselves population Scientists changed such world were history little this numbers many' +
	' made have three there them more almost described later kilometres Historians they also' +
	' This large into famous against than small especially example still without with from that' +
	' known where after thousands across roughly scientists often before other American' +
	' understanding century Because years could became published handout first sometimes their' +
	' several different government together usually about which through between people around' +
	' because important including called the of and to in a is that for it as was with be by on' +
	' not he this are or his from at which but have an they you were her she there been one all' +
	' we their has would when if so no will more can who what out up its also into only other' +
	' than then them these some could him time about after over may first two new years any our' +
	' how most such us very where much those because through during between both each under why' +
	' while should against before same being made well since own many still war government' +
	' country state people world city year part work power however including though later' +
	' according following known called used President King Which of the following According to' +
	' the What was the Who was the In which year did law how has air How its paid not name most' +
	' live land huge have half form down died deep code cell who are work take rock over onto' +
	' much mass many laws as a until their stops short rules ruled outer means known holds' +
	' first early a new Using very they each by a Who when plants plant pieces period mosque' +
	' into a growth ground given can be breaks after ____.\nEurope to a used to that an stone' +
	' special protein process out the made by kind of flowing disease copying carried brought' +
	' animals An area A small A group set of living carved at the whose used for that can' +
	' southern or other only one of an movement lives in large group compound The term A sudden' +
	' A large, to make such as single from a energy before and the through a system of small' +
	' people by often made from direction caused by An animal in a with a water the same that' +
	' gives introduced in which a in ____ by caused around the across The number without' +
	' meaning made of into where using legal right which the through species that species other' +
	' material a particular What was the In what year from which with usually for the to the' +
	' people between two A machine that of a The part of the on the called?\nbetween stand for?' +
	'\nWorld different an invention for a from the number of from What is the What is a in the' +
	' meant by the term “patent”?\nA is meant by the term “natural by the term “patent”?\nA legal' +
	' is meant by the term “patent”?\nin which stand for?\nNational stand for?\nInternational that' +
	' false\nIn the class handout of the what does stand for?\nWhat is meant by the term In the' +
	' class handout “The In the class handout what is meant by the term ' +
	' {"l":"","i":"","t":"","c":,"s":[],"h":"","k":"","x":[[0,[0,"","",null,[""]]]],"f":[[4,"",' +
	'0,["","","",""]],[1,"","true"],[1,"","false"],[2,"____",""],[3,"","",null,["",""]],[0,"Wha' +
	't is the ","",["","","",""]],[3,"What is ",""],[0,"",';
