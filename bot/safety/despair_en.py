"""The words of crisis in English, as a cue table read by crisis.py (the Chinese table is in
despair.py; split from it in safe11 along the language seam, behaviour unchanged): despair and
hopelessness, farewells, self-harm done or under way, a method with a time or a place, wishes to be
gone, talk of one's own death and reasoning about whether dying would cancel the debt.

Each cue is a pattern of meaning written for the folded, idiom-masked text of one clause or two
neighbouring clauses, and names the everyday readings that cancel it; the places, methods, times
and chores it names are in scenes.py.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, any_of
from .cue import Cue
from .lookalikes import CITY_EN
from .scenes import ASKED_IN_EXASPERATION, CHORES_EN, JOKE_EN, KIN_DIED_EN, LOL_DEAD, METHOD_EN, NO_EN, PLACE_EN, TIME_EN, WINDOW_EN

_I = r"(i|im|i am|ive|i have|id|i would|ill|i will)"
# A farewell said to one's job or team (a leaving post, a last day): a change of job, not of life (safe82).
_TO_WORK = (r" (to|for) (my |our |the )?(old |former )?(job|work|office|team|colleagues?|coworkers?|co workers|company|boss|manager"
            r"|classmates?|students?|school|clients?|customers?)\b")
# The place word naming a service or a business at it ("I'm at the bridge toll", "the river cafe"): where
# one pays, works or eats, not a drop (safe24); unless a jump, a fall or an end is told after it in the
# window ("I'm at the bridge toll and I want to jump"). (Not a hotel, a room far from home, nor a car park, where one
# drives in: both are settings.)
_FACILITY = (rf"|\b({PLACE_EN}) (toll|booth|plaza|club|cafe|restaurant|bar|market|office|shop|store|museum|gym|tour|cruise|ferry"
             r"|station|bus stop|ticket\w*|camera)s?\b(?!.{0,60}\b(jump\w*|fall\w*|drop|edge|end (it|my)|die|dying|kill\w*|let go|driv\w* (in|into|off))\b)")
# "Can't go on" is despair; "can't go on paying this" or "can't go on holiday" is money or a trip
# (a gerund other than living, or a thing to go on, follows).
GO_ON_TO_SOMETHING = (r"(?! (?!living\b|existing\b|breathing\b|being\b)\w+ing\b)"
                       r"(?! (a|an|the|my|our|holiday|holidays|vacation|leave|trips?|dates?|tour|air|stage|tv|line|record|strike)\b)")
# Words telling the writer to die, and the writer agreeing with them (safe12, review21).
_TOLD_TO_DIE = r"should (just )?(go )?(and )?die(?![a-z])|(told|tells|telling|want\w*) me to (just )?(go )?(and )?(die|drop dead|kill myself)|better off dead|deserve to die|be dead|waste of (air|space)|kill (yourself|myself)"
_AGREES = (r"i (totally |honestly |kind of |kinda )?agree|i think so too|(he|she|they)(s| is| are|re|were|was) (probably |maybe )?(right|not wrong)"
           r"|(maybe|probably) (hes|shes|theyre) right|(hes|shes|theyve|he has|she has|they have|theyre|they are|he is) (got )?a point"
           r"|fair enough|cant argue|makes sense|true enough|i deserve it"
           r"|(and )?(maybe|perhaps) i (will|should|shall)( just)?( do it)?$|i (just )?might( just)?( do it)?$")  # review27: "...go die and maybe I will"

EN = (
    Cue("explicit", any_of(
        r"kill(ing)? (my ?self|me)\b|killed myself|suicid(?!al (pass|passes|tackle|tackles|header|headers|offside trap)\b)|take my (own )?life|taking my (own )?life|end(ing)? my (own )?life|unalive",
        r"\b(want|wanna|going|gonna|plan|planning|ready|need|deserve|decided|decide) (to )?(die|be dead)\b|\bwant(ed)? to die(?![a-z])",
        r"\b(end|ending) (it|it all|everything|things)\b(?! (with|by|early))",
        r"\b(just |then )?let me die\b(?! (of|from) (embarrassment|shame|laughter|boredom))|rather be gone|better off dead|wish (i was|i were|id be|i could be) dead|rather be dead",
        r"(dont|do not|didnt) want to (live|be alive|exist|be here)(?! (in|with) (debt|this debt|fear))",
        # ...in the words of a learner ("me no want live anymore", "i not want to living"; safe16)
        r"\b(no|not|dont|never) (want|wanna|wants)( to)? (live|living|alive)\b(?! (in|with|at|near|here|there|together))",
        rf"(cant|cannot|can not) (go on{GO_ON_TO_SOMETHING}|live (like this|with (this|the) (shame|guilt|pain))|live any ?more|keep going|keep living)",
        rf"(dont|do not) (think|know (if|whether|how)|believe|see how) i can (go on{GO_ON_TO_SOMETHING}|keep going|keep living|hold on|take (it|this) any ?more)",
        r"no (will|desire|wish|reason) to (live|go on|keep going)|want out of (everything|life|this life|it all)",
        # living itself as what cannot be borne ("I can't handle living anymore"), not a way or place of living ("can't
        # stand living with my in-laws", "can't handle life admin"): said with "any more" or ending the sentence
        r"(cant|cannot|can not) (handle|bear|take|stand|face|cope with|do) (living|life|being alive|existing|this life)"
        r"( any ?more\b|(?= *([.!?,;]|$)))",
        r"cant (take|do) (it|this) any ?more|cant cope any ?more\b(?! (with|at|when|if|because))|(how much longer|how long) i can (hold on|go on|keep going|take (it|this))",
        r"hurt(ing)? my ?self|harm(ing)? my ?self|self ?harm",
        r"jump(ing)? (off|from|in front)|thinking (about|of) jumping|going to jump\b|stepping off|letting go$"),
        negatable=True, unless=regex(JOKE_EN.pattern + ASKED_IN_EXASPERATION), hides=True),
    Cue("hopeless", any_of(
        rf"({_I} (feel|am|feeling|m)? ?(so |completely |totally |just )?|feeling )hopeless(?! about)|lost all hope|no hope left",
        r"nothing to live for|no (reason|point) (to|in) (live|living|go on|going on|keep going|be alive)",
        r"(life|living) (is|isnt|feels|seems) (not )?(pointless|meaningless|worthless|not worth (it|living))|not worth living|life isnt worth",
        # asked of one's own life ("I want to know if it's worth living anymore", "is life worth living anymore"; review24)
        r"\b(is|if|whether) (life|it|its|my life) (is )?(even |still |really )?worth living( any ?more| for me)?\b(?! (in|with|at|near|closer|alone|together|there|here|abroad|downtown|outside)\b)",
        r"whats the point (of|in) (living|life|going on|trying|anything|any of this)|whats the point any ?more",
        # asked in other words ("is there any point in living?", "why should I keep living?": review32)
        r"((is there|theres|there is) (any|no) (point|reason) (in|to|of) (living|being alive|going on|keep living)"
        r"|what is the point (of|in) (living|being alive|going on)"
        r"|why (should|would|do|must) i (even )?(keep|go on|continue|bother) (living|being alive|to live))"
        r"\b(?! (in|with|at|near|abroad|downtown|outside|alone|together|there|here|on|off)\b)",
        r"tired of (living|life|being alive|existing|everything)|(done|finished) with (life|living|everything)",
        r"give up on (life|living|everything)|(dont|cant|do not) see (a|any) (future|way (out|forward|through))|no way out|no future for me",
        rf"{_I} ?(m|am)? (such )?a burden|burden (to|on) (everyone|my family|them)",
        r"\b(want|wish) (it all|everything|all of it|it|life) to (end|stop)\b|nothing matters any ?more|hate my life",
        r"wish (i|id) (was|were|had) never (been )?born|wish i (wasnt|werent|hadnt been) born|(shouldnt|should not|never should) have been born",
        # agreeing with someone who said one should die ("the collector said people like me should just
        # die, and honestly I agree"; safe12)
        rf"\b({_TOLD_TO_DIE})\b.{{0,40}}"
        rf"\b({_AGREES})\b")),
    # ...the agreement a clause or two after the words ("…should just die. yeah, fair enough"; review21):
    # read in the agreeing clause, beside the words in the message
    Cue("hopeless", any_of(rf"^\W*(yeah|yes|yep|and|honestly|tbh|well)?\W*({_AGREES})\b"),
        requires=regex(rf"\b({_TOLD_TO_DIE})\b.{{0,40}}\b({_AGREES})\b")),
    # Not being here, unless the message says why ("I won't be around next week because I'm having
    # knee surgery": the clause after it gives the reason; safe12).
    Cue("farewell", any_of(r"(wont|will not|not going to) be (here|around) (tomorrow|any ?more|much longer|for long|next (week|month|year)|by (christmas|new year|spring|summer|then|the (weekend|end of)))"),
        # (not "as I'm going to be with my late dad", not someone else's surgery; review21)
        unless=regex(r"\b(because|since|as|while) (im|i am|ill be|i will be|ill|i will) (having|going(?! to be with)|travel\w*|moving|away|on (a |my )?(trip|holiday|vacation)|in hospital for)\b"
                     r"|\b(my|having|have|for|get|getting|after) (\w+ )?(surgery|operation)\b|\b(business trip|holiday|vacation|job interview|interview|conference|flight)\b"),
        hides=True, aside_nearby=True),
    # Goodbye to everyone or forever, unless the message says it to the loan ("goodbye forever,
    # jiebei! paid off": the name after the comma is whom it is said to; safe12).
    # A meeting only after death, or a life together closed ("bye everyone, see you in heaven", "so long
    # everyone, it was nice knowing you"; review24); not a colleague leaving, a holiday, or grief told
    # to someone who died ("see you in heaven grandma").
    Cue("farewell", any_of(r"\bsee (you|ya) (all )?(in heaven|on the other side(?! of)|in the next life|in another life)\b"
                           r"|\b(it was|its been|been) (nice|good|great) knowing (you|ya)\b"),
        unless=regex(r"^(?!.*\b(coming|join|be there|be with you|follow|see you soon|tonight)\b).*(good luck|new job|your new|moving|retir\w+|graduat\w+|colleague|coworker|\bteam\b|holiday|vacation"
                     r"|\b(grandma|grandpa|granny|grandmother|grandfather|mum|mom|dad|father|mother|friend|dog|cat|brother|sister)\b.{0,20}\b(is gone|was gone|passed|died|gone)\b"
                     r"|\b(rip|passed away|funeral)\b|\bsee (you|ya) in heaven,? (grandma|grandpa|granny|mum|mom|dad|buddy|friend|my)\b"
                     r"|\bknowing (you|ya),? (jiebei|huabei|debts?|loans?|credit cards?)\b)")),
    # ("goodbye everyone, see you monday", "...at work! last day today" end a day, not a life; review23)
    Cue("farewell", any_of(r"goodbye\W{1,3}(everyone|everybody|all)(?!\W{0,3}(jiebei|huabei|debts?|loans?|overdraft|credit card|bills?)\b)"),
        # (never when the meeting again is denied or elsewhere: "see you on the other side", "see you
        # never", "last day on earth", "I won't see you tomorrow", "a good life without me"; review24)
        unless=regex(r"^(?!.*\b(never|other side|heaven|on earth|without me|wont|won t|will not|not be here|no longer|funeral|forever|last time|goodbye forever)\b)"
                     r".*\b(see (you|ya) (tomorrow|on monday|monday|tuesday|wednesday|thursday|friday|next week|soon|later|after the (weekend|holiday))|at work|last day (at|of) (work|the job|school|term)|(on|off (to|on)) (holiday|vacation))\b")),
    Cue("farewell", any_of(r"goodbye\W{1,3}(world|cruel world|forever)(?!\W{0,3}(jiebei|huabei|debts?|loans?|overdraft|credit card|bills?)\b)"),
        unless=regex(r"\bgoodbye (forever |for good |for ever )?(to )?(my )?(jiebei|huabei|debts?|loans?|overdraft|credit cards?|bills?|alipay)\b"
                     r"|\b(jiebei|huabei|debts?|loans?|overdraft|credit cards?|bills?)( forever| for good)? goodbye\b"),
        hides=True),  # (its own words said to the loan, a clause away: "goodbye forever, jiebei! paid off"; hides67)
    Cue("farewell", any_of(
        rf"farewell(?! (party|parties|lunch|dinner|drinks|gift|card|speech|tour|concert|match|game)|{_TO_WORK})|said my goodbyes|say(ing)? goodbye to (everyone|the world|my(?! (old |former )?(job|work|office|team|colleagues?|coworkers?|co workers|classmates?|students?|teachers?|boss|manager|neighbou?rs|city|town|house|flat|apartment|school|car|phone|overdraft|debts?|loans?|credit cards?|bills?|jiebei|huabei)\b))",
        rf"(last|final) (message|words|goodbye)|my (last|final) night|goodbye (letter|note|message)s?|posted (a |my )?(goodbye|farewell)(?!{_TO_WORK})|suicide note|writing my goodbye",
        r"by the time you read this",
        rf"tell my ({KIN_EN}) (im sorry|i am sorry|i love)|see you in (the )?next life|in (my|the) next life|in another life",
        r"this is (my )?goodbye|its goodbye",
        # ...not a letter that says it is about the debt ("…to my parents explaining the loan": a confession; safe25)
        rf"(wrote|writing|written) (a |some )?(letters?|notes?) (to|for) my ({KIN_EN})\b(?! (explaining|about|to explain|telling them about|confessing|admitting|asking (them )?(about|for help with)) (the |my |this |all the |how much )?(debts?|loans?|money|jiebei|huabei|borrowing|overdue|arrears|bills?|credit)|(?: about| with)? (what|how) (\w+ ){{0,3}}(taught|learn\w*|borrowing|debts?|loans?|money)\b| about (the |my )?lessons?\b)",
        r"(gave|giving|given) (away )?my (things|stuff|belongings|cat|dog|pets?)|(giving|gave|given) my (things|stuff) away",
        r"not coming back|stop existing|cease to exist|at peace with my decision",
        rf"({TIME_EN}) (is|will be) the (night|day)|({TIME_EN}) .{{0,20}}(im done|its over|thats it|finish it)(?! with (jiebei|huabei|alipay|(the |this |my |these |all (the |my |these )?)?(loans?|debts?|apps?|payments?|bills?|credit cards?|overdraft)))",
        r"(planning|planned|decided|figured out|thought about) (how|when|where) (to|ill|i will|im going to) (do it|end it|go)",
        rf"(going to|gonna|will|ill|im going to) (do it|end it|go through with it) ({TIME_EN}|now|soon)")),
    Cue("self_harm", any_of(
        r"(?<!can i )(?<!should i )(?<!do i )(?<!to )(took|taken|take|taking|swallowed|swallow|downed|popped) (?!(the |my )(pills|tablets|meds|medicine|medication) (my |the )?doctor)(?!my (\w+ ){0,3}(pills|tablets|meds|medication) (on time|every|as|daily|each))"
        r"(?!(my |the |some )?(blood pressure|cold|flu|allergy|vitamin|daily|usual|prescribed|regular)\b)(?!(my |the |some |a |an )?(\w+ ){0,2}(pills?|tablets?|meds|medicine|medication)s? (for|to (help|treat|control|manage|lower|keep))\b).{0,30}\b(pills|tablets|meds|medication|painkillers|tylenol|paracetamol|bottle(?!s? of (water|wine|champagne|bubbly|prosecco|beer|soda|coke|cola|juice|milk|vodka|whiske?y|gin|rum|sake|soju|baijiu|tequila|kombucha|lemonade|tea|coffee)\b)(?! (to|and) celebrat))",
        r"(cutting|cut|slit|slitting) (my ?self|my wrists?|my arms?|again|deep)|my arms are a mess|(a lot of|so much) blood|bleeding (a lot|badly)",
        r"(pills|tablets|knife|rope|noose|blade)s? .{0,20}(next to me|in front of me|on the table|counted|ready|in my hand)",
        r"(saving|saved|stockpiling|collecting|counting|hoarding) (up )?(my |the |all my )?(\w+ )?(pills|tablets|meds)|"
        r"(sat|sitting|sit|stood|standing|been) .{0,30}with (a|the|my) (razor|knife|blade|rope|pills|gun|hose)|(have|got|bought|buy) (the |a |some )?(rope|noose|charcoal)",
        r"engine running|carbon monoxide|charcoal|(drank|drink|drinking|swallowed) (some |a bottle of |the )?(bleach|pesticide|poison|antifreeze|weed ?killer|rat poison|drain cleaner)|\bhose\b.{0,20}\btape\b",
        r"how (long|much) (it takes|does it take|would it take) to (drown|bleed out|die|suffocate|hang)|how to drown|count\w* (how many )?steps",
        r"(took|taken|swallowed|had) (a lot|way|much|far|many) more .{0,30}than (i should|prescribed|i was supposed)|just to see what would happen",
        r"(stop|stopped|stopping) (eating|drinking)|until (its|it is) (all )?over",
        r"(take|taking|took|taken|swallow\w*) (all|everything)\b.{0,30}(medicine|meds|pills|tablets|cabinet|drugs)",
        r"(if|when|once) (someone|somebody|a person|i|he|she|they) (take|takes|took|taking) (their|his|her|my) own life",
        r"(painless|quickest|easiest|quick) ways? to (die|go(?!\s+(about|to|through|into|with|for|if|over|back|ahead|online|in)\b)|end)|how many (\w+ )?(pills|tablets)|(pills|tablets) would be enough|(ways|how) to (kill myself|end it|die)",
        r"driv(e|ing) (my |the )?(car )?(into|off) (the |a )?(river|sea|lake|bridge|cliff|wall|tree|reservoir|highway|motorway|road|overpass|barrier|guardrail|mountain|edge|truck|oncoming)|crash(ing)? my car (on purpose|into)")),
    # "I'm on the bridge, I mean the bridge loan": in a finance chat a bridge can be a loan.
    Cue("place", any_of(
        rf"({_I}|standing|sitting|sat|stood|up|went up) ?(m|am)? (right |just |still |now )?(on|at|by|near|to|in) (the |my |a |this )?.{{0,20}}\b({PLACE_EN})\b",
        rf"({_I}|standing|sitting|sat|stood|climbed|climbing|leaning|lean|hanging) ?(m|am)? (right |just |still |now )?{WINDOW_EN}\b",
        rf"(going|heading|go) to (the )?({PLACE_EN})\b|(sat|sitting|stood|standing) (right |just )?(on|at) the edge",
        r"(top|roof|edge) of (a|the|my|this) (parking garage|car park|multi ?storey|tower|building|bridge|block)",
        rf"(looking|staring|look) (at|down at|over) (the )?.{{0,12}}\b({PLACE_EN}|water|drop)\b",
        # a window with the fall or the drop below it told ("staring at the window thinking how long the fall would take")
        r"\bwindows?\b.{0,40}\b(the fall|fall(ing)? from|the drop|how high|jump\w*|the ground|down below|below me)\b"),
        unless=regex(r"bridg(e|ing) loan"),
        # leisure on a roof cancels only in its own window: "We had a rooftop party here last summer"
        # beside "I'm on the roof of my building looking down" leaves the roof (review21)
        near=regex(CHORES_EN + r"|\b(i|we) live (right |just )?(by|near|on|in)\b|living (right |just )?(by|near|on)"
                   r"|roof ?(top )?(terrace|garden|bar|restaurant|party|pool|cafe|lounge|cinema|barbecue|bbq)|(having|eating|for|had|have) (lunch|dinner|a drink|drinks|coffee)"
                   + _FACILITY), hides=True, aside_nearby=True),
    Cue("passive_wish", any_of(
        r"(better|happier|fine|relieved|easier)( off)? without (me|a (dad|mom|mum|father|mother|son|daughter|husband|wife)\b)",
        r"(no ?one|nobody) .{0,20}(notice|care|miss me).{0,30}(gone|dead|died|disappear|not here|wasnt here|if i)|(no ?one|nobody) (would|will) (even )?miss me",
        rf"if {_I} (just )?(was|were|wasnt|werent|m|am)? ?(gone|dead|not here|not around|disappeared|didnt exist|wasnt (here|around)|alive)",
        r"wish (i|id) (was|were|had) (dead|never been born|not born|gone)|wish i could (disappear|sleep forever|not wake up|vanish)",
        r"(sleep|go to sleep|went to sleep) and (never|not|didnt) wake up|(dont|do not) want to wake up(?! (so |too |this |that |very )?(early|late)\b)|hope i dont wake up|disappear forever",  # (not an early alarm: safe58)
        r"(want|wanted|need) to (disappear|vanish)(?! (from|for a|for some|for the))|(they|she|he|everyone|family) (could|would|will) finally (stop|be free)")),
    # Talk of one's own death or of being gone: "i think about dying every day".
    Cue("death_talk", any_of(
        rf"\b(i|im|ive|id|ill|myself)\b{NO_EN}{{0,40}}\b(dying|die|death|dead)\b",
        r"(see|join|be with) (my )?(late |dead )?(mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|nan|son|daughter)\b.{0,12}(again|heaven|soon)|go to heaven|a better place"),
        # Death as someone's work is not their own: a mortuary, a hospice, an undertaker.
        unless=regex(KIN_DIED_EN + "|" + JOKE_EN.pattern + LOL_DEAD + r"|mortuary|morgue|funeral (home|parlou?r|director)|hospice|undertaker|coroner"),
        # an effort carried "till I die" (study, work, train till I drop): a measure of effort, in its own window (safe253)
        near=regex(r"\b(study|studying|revise|revising|train|training|grind|grinding|practi[cs]e|practi[cs]ing|work|working|dance|dancing"
                   r"|party|partying|shop|shopping|laugh|laughing)\b (\w+ ){0,3}(till|until|til) i (die|drop)\b")),
    Cue("farewell", any_of(
        r"(wont|will not|not going to|never) be (a problem|a burden|a bother|bothering anyone|troubling anyone|around|here)\b.{0,30}(much longer|soon|any ?more|after (tonight|today)|for (anyone|you|them))",
        r"last time (you|youll|anyone|anybody) (will )?hears? from me|(youll|you will) never hear from me|never hear from me again",
        r"(cant|can not|cannot|dont) see (myself|me) (getting|making it|get|make it) (through|past|to)|dont think (ill|i will|i can) (make it|survive|get) (through|past)",
        r"(not sure|dont know if|dont think) (ill|i will|i can|im going to) (make it|be here|be alive|survive|still be (here|around|alive))",
        # (not a will made as planning: "like every parent should", "want to get it right", an estate; safe12)
        r"((wrote|written|made|finished|updated|drew up|writing) (my|a) will\b|my will is (written|done|ready))(?!.{0,60}\b(estate|get it right|every (\w+ )?(parent|adult)|responsible|lawyer|solicitor|notary"
        # (or as paperwork after a check-up: "…after my checkup, nothing dark, just being organised"; safe36)
        r"|organi[sz]ed|organi[sz]ing|(health )?check ?up|health check|nothing dark|not (a |anything )?dark)\b)",
        r"(have|got|made) a plan\b(?! to (catch up|pay|repay|get|fix|clear|sort)).{0,40}(do it|tonight|weekend|tomorrow|soon|end it)"
        r"|(have|got) a plan and a date|(picked|set|chosen|chose) (a|the) date\b(?! (to|for) (pay|repay|the payment|my payment|a call))",
        r"(put|poured|counted|lined up|laid out|tipped) (out )?(all )?(of )?(my |the )?(\w+ )?(pills|tablets) (in|into|on|out)",
        r"(asked|asking|ask|told|telling) \w+ to (look after|take care of|feed) my (cat|dog|pets?|kids|children|plants)",
        # (the writer's own goodbye: not "she said goodbye to everyone" at a colleague's send-off; lead, s14)
        rf"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bwe )(say|said|saying) goodbye to(?! (a |my )?(friend|colleague|coworker|cousin|neighbou?r)s? (who is |whos )?(moving|leaving|going|flying))(?! (my |the |our )?(old |former )?(job|work|office|team|colleagues|coworkers|city|town|house|flat|apartment|home|school|car|phone|debts?|loans?|apps?|accounts?|jiebei|huabei|alipay|platforms?|credit cards?|cards?|overdraft|bills?|{CITY_EN})\b)(?! (this|that|the) (app|account|platform|loan|card)\b)|(wont|will not) (be )?need(ing)? (help|it|any of this|this|the)|if (you|youre) read(ing)? this",
        rf"(please|({KIN_EN}).{{0,30}})(dont|do not) pay (off |back )?my (loans?|debts?)|deserves? better than me|better off with the (insurance|payout|money)",
        r"(wont|will not|not going to|not gonna) be (around|here) (to|for|when|much|any)\b|(not|no longer|stop being) (be )?alive|way out is (to )?(die|not)",
        r"(pain|it|everything|this) to (stop|end),? (permanently|forever|for good)|scared of what (ill|i will|i might) do",
        # into the traffic, letting it end (a rider's or a driver's thought; safe16): not "let it end there" of a talk
        r"\b(just|about|want to|wanna|could|should) (ride|riding|drive|driving|walk|walking|step|stepping|swerve|swerving|steer\w*) (\w+ ){0,2}into (the )?(oncoming )?(traffic|a truck|a wall|the river|the sea)\b"
        r"|\blet(ting)? (it|everything|it all) (all )?end\b(?! (there|here|at|with (a|the) (call|chat|talk|payment)))",
        r"(goodbye|bye)\b.{0,20}(sorry|love)|sorry to (my family|everyone|my (mom|mum|dad|parents|kids|wife|husband))(?! for (making (them|him|her|you) worry|worrying (them|him|her)|the (worry|trouble|mess|stress|debts?|loans?)|(lying|hiding (it|the \w+)|keeping (it|this) from)))(?!.{0,60}\b((ill|i will|im going to|going to|gonna) (pay|repay|make (it|this|things) (up|right)|fix|sort|work|get|find)|never (borrow|do (this|that|it)|let (it|this) happen)))|im done\b.{0,12}goodbye",
        r"(sleep|asleep) forever|wish (i|id) (hadnt|had not|didnt|did not|wouldnt|would not) (woken|wake)",
        r"(get|getting|step|stepping) off (this|the) (ride|train|rollercoaster|merry.go.round)( called life)?|ride called life",
        r"(left|leaving|leave) my (wedding ring|ring|keys|phone|wallet)\b.{0,50}(not to look for me|dont look for me|do not look for me|note|goodbye)|(not to|dont|do not) (come )?look(ing)? for me",
        r"(die|dead|death)\b.{0,60}give (them|him|her|the collectors?) what (they|he|she) (want|wants|asked for)",
        r"(remember|miss|forget) me (when|after|once) (im|i am) gone|(when|after|once) (im|i am) (gone|dead)\b(?! (for|on|to|from|abroad|away|home))",
        r"(put|putting|got|get|getting) my affairs in order|(playlist|music|songs|flowers|outfit|clothes) for (my|the) (own )?funeral|plan(ned|ning)? my (own )?funeral",
        r"(fall asleep|go to sleep|sleep|close my eyes) and (never|not) (wake|deal with|face|have to)",
        r"how (high|tall|deep|far down) .{0,24}\b(bridge|building|roof|cliff|water|river|drop|balcony|floor)|\b(water|river|drop|it|bridge|building)( is)? (deep|high|tall) enough",
        r"if i (just )?(didnt|did not|dont|do not|never) wake up|(on )?the (other|wrong) side of the (railing|rail|barrier|fence)|(climbed|climbing|climb) (over|past) the (railing|rail|barrier)",
        # a goodbye prepared to go out later: a note scheduled to post, a timed email
        r"\b(note|letter|goodbye|farewell)s?\b.{0,40}\bschedul\w*|\bschedul\w* .{0,30}\b(note|letter|goodbye|farewell)s?\b|(already|finally) (written|wrote) (a|my) (note|letter)\b(?! (to|for) (the|my) (bank|lender|landlord|boss|teacher|collector|school))",
        r"close my eyes and (never|not) (open|wake)|never open (them|my eyes) again")),
    Cue("self_harm", any_of(
        rf"\b({METHOD_EN})\b.{{0,40}}(thinking about|keep thinking|staring at|looking at)|(thinking about|keep thinking about|staring at|looking at|think about) .{{0,30}}\b({METHOD_EN})\b")),
    # An overdose, unless someone else took it ("a patient overdosed last night").
    # Finishing what one started, after harm told ("the stitches came out last week, tonight I'm going to
    # finish what I started"; review27): the attempt taken up again, not a task.
    Cue("self_harm", any_of(r"\b(finish|complete|end) what i (started|began|tried)\b(?! (on|with|in|the|my|a|an|this|that|at|for|it|last|yesterday)\b)|\b(try|do) it (again|properly|right) this time\b"),
        requires=regex(r"\b(stitch\w*|scars?|wrists?|cut (my )?(wrists?|arms?|legs?|myself)|cutting|pills|overdos\w*|attempt\w*|hospital|bandages?|rope|noose)\b")),
    Cue("self_harm", any_of(r"overdos|\bod ?d\b"),
        near=regex(r"\b(patient|client|friend|neighbou?r|someone|somebody|resident|a (man|woman|guy|girl|kid|person)|he|she|they|hes|shes)"
                   r" (\w+ ){0,2}(overdosed|had an overdose|od d)"
                   # ...or the writer's work treats them ("a nurse on a psych ward, I deal with overdoses every week"; safe12)
                   r"|\b(deal|dealing|treat|treating|see|seeing|handle|handling|work(ing)? with|care for|caring for|nurse|nursing)\b (\w+ ){0,2}overdoses\b"
                   # ...or what was overdone is a drink, a food or a pastime ("an overdose of coffee", "overdosed on cuteness"; safe253)
                   r"|\boverdos\w* (of|on) (too much |some |the |way too much )?(coffee|espresso|sugar|chocolate|candy|sweets|carbs|junk food"
                   r"|cuteness|drama|tv|netflix|anime|sunshine|sun|nostalgia|memes|work|studying|christmas|love)\b")),
    # Survival doubted with a last message (round 17: "if i dont make it through tonight, please tell my mom
    # sorry"); not a shift or a deadline to make it through ("I'll make it through tonight's shift").
    Cue("farewell", any_of(
        r"\b(if|in case|when) i (dont|do not|don t|cant|wont|might not|may not|didnt) (make it|survive|last|get)( through)? (tonight|the night|this night|till morning|until morning)\b(?!s|\W?s shift| shift| at work)"
        r".{0,40}\b(tell|say|let) (my |her |him |them )?(\w+ ){0,2}(im |i am |that im )?(sorry|i love|goodbye|i loved)"),
        unless=regex(r"\b(shift|exam|deadline|class|game|party|flight|surgery|operation)\b")),
    Cue("death_reasoning", any_of(
        r"\b(if|when|after|once|in case)\b (i|someone|a person|the borrower|a borrower|you|people|one) (just )?"
        r"(die|dies|died|am dead|m dead|is dead|pass away|passes away|kill|killed|am gone|m gone|was gone|were gone|wasnt here|werent here|do it|end it)"
        r".{0,80}\b(debt|loan|owe|pay|family|wife|husband|parents|kids|insurance|collectors?|lenders?)",
        r"\b(does|do|would|will) (the |my |your )?(debts?|loans?) (die|get cancell?ed|be cancell?ed|be forgiven|be written off|pass)\b(?! (on )?(to (my |the )?\w+ )?if i (ignore|dont|do not|cant|cannot|can not|stop|default|never|fall|miss|am late|go))",
        r"(debts?|loans?) (get|gets|be|is) (cancell?ed|forgiven|wiped|written off) (when|if|after) .{0,30}\b(die|dies|dead)",
        r"claim the (insurance )?payout|insurance would (cover|pay|clear)|if i crashed (the|my) car|something happens to me|if im not here|my death"),
        unless=regex(KIN_DIED_EN), hides=True),  # hides67: message-wide (a death told a sentence away)
)
