"""English crises and abuse as learners and natives word them (safe41, issue 12 round 32).

English lagged Chinese on every independent set. The English cues read a native's words ("I want to die",
"they posted my photo"); these cue families read the same meanings in the wording they missed:

- **Chinese speakers' English** (word-by-word translation, Singapore/Malaysia English; pinyin loan words are
  already read as their English gloss by clauses.fold_clause: cuishou → collectors, laojia → hometown):
  "no face to live", "life got no meaning already", "better I don't wake up", "go to the other world",
  "cannot tahan already" (can't take it any more), "next life I repay you".
- **The writer's own non-existence, with no method word**: "soon I won't exist", "there will be nobody left to
  pay", "they will only find my body", "the collectors can chase a dead man", "you won't find me after this week".
- **Abuse told by its effects or veiled** (cue tables read by abuse.py through collectors.py): people coming
  tonight, as the collector said; a relative's age or health named with a shock or an accident; a relative's
  looks named with paying the debt; being "nice to him" and the debt forgotten; the borrower's details on a page
  or list of debtors.

Every crisis cue is negatable ("I'm not saying I want to go to the other world") and names the everyday reading it
leaves alone in its own window or sentence (a trip, a move, a new number, social media, a game, a joke), never
message-wide: a real crisis sentence beside a benign one keeps its reply. Whether an abuse match is told (not
asked, heard, negated, family talk) is abuse.py's judgement, as for every abuse cue.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, Clause, any_of
from .cue import Cue
from .kin_threats import LATER_MENACE_EN

# Everyday reasons to be out of reach, read only right beside the matched words (``_tied``): a trip, a move, a new
# number. Not the words of a debt message (the app, an account, work, a shift, online, the system, a hospital, a game):
# they sit beside most crises this bot reads, and a reason anywhere in a comma-only sentence hid them (review53 #2).
_AWAY_EN = (r"((?<!one way )trip|travel\w*|flight|fly\w*|holiday|vacation|abroad|overseas|emigrat\w*|relocat\w*"
            r"|mov(e|ed|ing) (to|house|out|away|back|there|home|overseas|abroad|in with)|new (job|number|phone|sim|address|flat|house)"
            r"|chang\w* (my )?(number|phone|sim|address)|resign\w*|retir\w*|quit (my|the|this) job|last day (at|of) (work|the job)|notice period|contract ends)")


def _tied(core: str, reading: str, span: int = 40) -> str:
    """A pattern for an everyday ``reading`` within ``span`` characters of a cue's own ``core`` words, either side:
    an exception read on the words it explains, never on any word of the sentence (see english.py's cues)."""
    return rf"\b({core})\b.{{0,{span}}}\b({reading})\b|\b({reading})\b.{{0,{span}}}\b({core})\b"


# Laughter or a wish for riches beside a next life ("next life I want to be born rich lol").
# A roof or a top floor used for leisure ("the rooftop garden", "the top floor gym").
_NOT_LEISURE = r"(?! (garden|bar|terrace|pool|party|restaurant|cafe|gym|lounge|deck|farm|market))"
_JOKING_EN = regex(r"\b(lol|lmao|haha\w*|hehe\w*|jk|joke|joking|kidding|rich|richer|famous|lottery|handsome|pretty|study|studying)\b")

# Chinese speakers' "already" for "any more" (已经 / 了): "cannot tahan already", "want to die already".
_NO_MORE = r"( (already|liao|le|lah|la|leh|ah|oredi|ady|anymore|any more|le ah))*( (already|liao|oredi|ady|anymore|any more))"
_LIVE = (r"(live|living|stay alive|be alive|continue (living|to live|life)|go on living|keep living|survive|face (anyone|anybody|people|the world))"
         # (a way of living is not life itself: "no reason to live beyond my means", "no point living in this city")
         r"(?! (beyond|within|on (my|a|the|less|one)|off|with|like|in (this|that|the|a|such)|here|there|near|alone|together|abroad|frugally|cheaply|simply|for (work|money)))")
_WHO_EN = r"(collectors?|cuishou|they|them|you|the (bank|lender|app|company|police)|jiebei|huabei|my (family|parents|wife|husband|kids))"

# The words a cue's own exception is tied to (``_tied``), one per family of matched words below.
_GONE_CORE = r"(wont|will not|will never|never) (be back|come back|return|be coming back)|wont exist|will not exist|find me again"
_NOTHING_CORE = r"nothing (matters|will matter|is going to matter)|none of (this|it) (matters|will matter)"
# What makes a day after which "nothing matters" a good one: pay day, exams over, a holiday, the debt to be cleared.
_GOOD_DAY = (r"salary|pay ?day|pay ?check|paycheque|bonus|exams?|holiday|vacation|graduat\w*"
             r"|(can|will|going to|gonna) (re)?pay (it |everything |them |the (rest|loan|debt) )?(all )?(off|back)|clear (it|everything|the (loan|debt)) (all )?off")
_THINGS_CORE = r"need (my|these|those|any of my|any of these) (things|stuff|clothes|belongings|phone|savings)"
# Things sold, given to charity or replaced: not a going arranged ("won't need my things in storage, going to sell them").
_SOLD = r"sell|selling|sold|pawn\w*|carousell|shopee|second ?hand|garage sale|charity|declutter\w*|upgrad\w*|switch\w*|a new one"
_TAHAN = r"tahan( it)?( (already|liao|le|lah|la|leh|ah|oredi|ady|anymore|any more|le ah))*"
# What one "cannot tahan already": an object named right after it, or the weather, a pain, a queue, a crashing app.
_TAHAN_WHAT = (rf"{_TAHAN} ((this|that|the|these|those|my|his|her|their|your|such|all (the|this|these))\b(?! (life|world|living|feeling)\b)"
               r"|(so |very |too |damn |super |really )?(hot|cold|humid|warm|stuffy|noisy|hungry|sleepy|jam|jammed|traffic|queue|crowded|itchy|spicy"
               r"|pain|sakit|sick|lag|laggy|slow|crash\w*|lol|lmao|haha\w*|hehe\w*)\b)"
               # ...and no crisis told after the object in the same sentence ("cannot tahan already the calls, I want to
               # jump": the object clears the tahan, not the jump; mend54, review55 #6)
               r"(?!.*\b(jump\w*|die|dying|dead|kill (myself|me)|end (it|it all|my life|everything|this life)|suicide|suicidal|hang myself"
               r"|overdose|(dont|do not) want to (live|wake up|be alive)|no (point|reason|use) (to |in )?(live|living|go on)|give up (on )?(life|living)"
               r"|(cannot|cant) go on|disappear|gone forever|not (be )?alive|other world|goodbye|poison|pesticide|pills|rope)\b)")
# A danger place with the everyday purpose of the visit told beside it (a commute, a walk, the stars, a hobby), in a
# sentence with no danger in it ("Every night I stand on the platform waiting for the last MRT home").
_PLACE = r"railway|tracks|platform|bridge|roof|rooftop|ledge|edge|cliff|top floor|bus stop|station"
_PURPOSE = (r"(wait\w*|waiting) for (the |my |a )?(last |first |night |late )?(train|mrt|lrt|bus|subway|metro|tube|ferry|ride|grab|taxi|husband|wife|partner|kids?|son|daughter|friends?|mum|mom|dad)"
            r"|(to )?(take|catch|get|board|taking|catching) (the |my |a )?(last |first |night |late )?(train|mrt|lrt|bus|subway|metro|tube|ferry)"
            r"|(go|going|get|getting|way|ride|train|mrt|bus) home|walk\w* (my|the|our) (dog|puppy)|with (my|the|our) (dog|puppy|friends?|wife|husband|gf|bf|girlfriend|boyfriend|kids?|family|colleagues?)"
            r"|(look|looking|watch|watching|see|seeing|enjoy\w*) (at )?the (stars|moon|sunset|sunrise|view|city|lights|skyline|fireworks|planes|boats|trains)"
            r"|(take|taking|took) (photos|pictures|pics)|photograph\w*|(my )?hobby|reading|read (a|my)|fish\w*|jog\w*|running|exercise|work ?out|yoga|tai chi"
            r"|smok\w*|(hang|hanging) (the |my )?(laundry|clothes)|laundry|water\w* (the |my )?plants|feed\w* (the )?(cats|birds|fish)|sunset|sunrise"
            r"|parking|park my|commut\w*|(i|we) live (on|near|by|at|next to|beside)|(for|to|from|after) (work|my shift|overtime|class|school|tuition)|overtime")
# Danger in the sentence: then no purpose clears the place ("...after my shift I stand at the edge of the platform").
_DANGER = (r"edge|ledge|railing|tracks|parapet|over the|jump\w*|let (myself )?go|one step|step (off|forward|out)|fall\w*|look\w* down|below"
           r"|star(e|es|ed|ing) (at|into|down)|the water|hoping|wish\w*|wonder\w*|end (it|everything|all|my life)|ending|die|dying|dead|death|gone"
           r"|courage|brave|thinking (of|about|whether|if)|train comes|in front of|how (high|deep|far|easy)|nobody would|no one would|goodbye|last time|cry\w*|tears")

CRISIS_EN = (
    # No face (shame), no meaning, no reason to live: 没脸活, 活着没意思 word by word.
    Cue("hopeless", any_of(
        rf"\b(no |not |without |lost (all )?(my )?)(more |any )?(face|meaning|reason|point|purpose|hope|mood|use|strength|courage) (to|for|in) {_LIVE}\b",
        r"\b(my )?(life|living)( also| really| already| now| all| oredi)? (got|has|have|is|become|becomes|became)( got)? (no|nothing|zero|without) (more )?(meaning|point|purpose|hope|use|value)\b"
        r"(?! (in|for) (this|that|the|my) (job|work|app|loan|game|plan))(?! without)"),
        negatable=True, near=regex(r"\b(lol|lmao|haha\w*|jk|kidding|joke|joking)\b"), hides=False),
    # Can't bear it any more, in Malay-English ("cannot tahan already lah"): not with what cannot be borne named right
    # after it ("cannot tahan already this interest rate", "cannot tahan already, so hot today"; review53 #3).
    Cue("hopeless", any_of(rf"\b(cannot|cant|can not|also cannot|really cannot|no more can) (tahan|tahan it){_NO_MORE}\b"),
        negatable=True, unless=regex(rf"\b{_TAHAN_WHAT}"), unless_nearby=True, reach=True, hides=False),
    # Better the writer did not wake up, died, ended it (最好…不要醒来, 不如死了算了): a learner's "better I …".
    Cue("passive_wish", any_of(
        r"\b(better|best|rather|might as well|maybe better|i think better)( for me)?( to| i| if i| that i| me)( just)?( go)?"
        r" ((dont|do not|never|not) wake up(?! (my|the|him|her|them|your|our|every\w*|any\w*|early|late|at|before|in time))|die(?! trying)|go die|dead|end it|end (my|this) life|end everything|not (be )?alive|not exist|no more exist|disappear forever)\b"),
        negatable=True, hides=False),
    # Going to the other world / the other side (去另一个世界): not the other side of the world, town or the road, not
    # the next world cup (review53 #3).
    Cue("farewell", any_of(
        r"\b(want|wanna|better|rather|going|ready|time|thinking|think|plan\w*|decid\w*|soon|will|ill)\b( (of|about|to|i|me))*( just)? go(ing)? (to )?(the |another |an )?(other|next|another|different) (world|side|life)\b"
        r"(?! (of|cup|war|wars|championship|champs|tour|record|class|title|series|expo|stage|map|heritage)\b)",
        r"\bgoing to (the |another )?(other|next) world\b(?! (cup|war|wars|championship|champs|tour|record|class|title|series|expo|stage|map|heritage)\b)"),
        negatable=True, unless=regex(_tied(r"(other|next|another|different) (world|side|life)", _AWAY_EN)), unless_nearby=True, reach=True, hides=False),
    # The writer's non-existence to come, said to the collectors or family.
    Cue("farewell", any_of(
        r"\b(i|ill|me|soon i|then i|i think i|i also)( \w+){0,2} (wont|will not|will no longer|no longer|would not|wouldnt|dont|do not|not) exist\b(?! (in|on|for|to) )",
        r"\b(there (will|wont|would)( be)?|therell be|soon (there is|theres))( \w+)? (nobody|no one|noone|no borrower|no debtor|no person|no me)( left)? (to|for)"
        r" (\w+ ){0,2}(answer|pay|collect|chase|call|pick up|find|repay|bother|harass)\b(?!.{0,30}\b(?<!after )(next|this|that) (week|month|weekend)\b)",
        rf"\b{_WHO_EN} (will|can|would|going to)?( only)? (find|see|get|collect from|chase) (only )?(my (dead )?(body|corpse|ghost|ashes|grave|bones|tombstone|photo on the wall|funeral)|a (dead (man|woman|person|body)|corpse|ghost))\b",
        # (not where: "you won't find me on wechat again", "...again at the old address")
        rf"\b{_WHO_EN} (will|wont|will not|cannot|cant|can not|will never|never) (ever )?(find|see|reach) me (again|anymore|any more|ever again|after (this|that|tonight|today|tomorrow|next|the))\b"
        r"(?! (on|in|at|via|through) (the |this |my )?(wechat|whatsapp|facebook|fb|instagram|ig|tiktok|telegram|social media|number|phone|chat|app|office|old (address|place|flat|house)|same (number|place))\b)"),
        negatable=True, unless=regex(_tied(_GONE_CORE, _AWAY_EN)), unless_nearby=True, reach=True, hides=False),
    # Out of reach for good, or nothing mattering after a set day, beside arrangements ("she doesn't know I won't be
    # back", "after Friday nothing matters"): not a trip or a move told beside "won't be back", things to be sold or
    # needed no more after a switch or the loan, a good day ahead (pay day, exams over; review53 #3).
    Cue("farewell", any_of(
        # (the writer the subject, nothing returned: "my friend borrowed from me and won't return it" is a debt owed)
        r"\b(i|ill)( \w+)? (wont|will not|will never|never) (be back|come back|return|be coming back)\b(?! (late|later|soon|by|before|until|till|in time|for|from|to work|home (late|by)))(?!\s+(?!again|anymore|any more|ever|after (tonight|today|tomorrow|this (week|weekend)|the weekend|(mon|tues|wednes|thurs|fri|satur|sun)day)\b)\w)",
        r"\b(i|ill)( \w+)? (wont|will not) (need|be needing) (my|these|those|any of my|any of these) (things|stuff|clothes|belongings|phone|savings)\b(?! (account|plan|book|card)\b)"
        r"(?! (in|from|at) (the |my |that )?(storage|old|\w+ (flat|house|room|office|place)))"
        r"(?! (anymore |any more )?(if|once|when|after|because|since) (the |my |i |we )?(\w+ ){0,2}(loan|debt|jiebei|huabei|join|switch|upgrad|get|got|move|moving|start|retire|graduat)\w*)",
        r"\b(after|from) (friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|the weekend|this week|this weekend|next week)\b,? (nothing|none of (this|it)) (matters|will matter|is going to matter)\b"
        r"(?! (to (me|us) )?(more than|except|but|other than|as much as|apart from|besides)\b)"),
        negatable=True, unless=regex(rf"{_tied(_GONE_CORE, _AWAY_EN)}|\b({_THINGS_CORE})\b.{{0,40}}\b({_SOLD})\b|\b({_NOTHING_CORE})\b.{{0,50}}\b({_GOOD_DAY})\b"),
        unless_nearby=True, reach=True, hides=False),
    # A place of danger visited night after night ("each night I sit by the railway tracks"): not a commute, a walk, a
    # hobby or a chore told beside the place, in a sentence with no danger in it (a reason a sentence away clears
    # nothing; "with my thoughts", "with my eyes closed" are no company; review53 #1).
    Cue("place", any_of(
        rf"\b(every|each) night\b.{{0,60}}\b(sit|sat|stand|stood|go|went|walk|wait|stay|look|end up|climb)\w*\b.{{0,40}}\b(railway|tracks|platform|bridge|roof|rooftop|ledge|edge|cliff|top floor|(over|down) the (wall|railing))\b{_NOT_LEISURE}",
        rf"\b(sit|sat|stand|stood|go|went|walk|wait|stay|end up|climb)\w*\b.{{0,40}}\b(railway|tracks|platform|bridge|roof|rooftop|ledge|edge|cliff|top floor)\b{_NOT_LEISURE}.{{0,40}}\b(every|each) night\b"),
        unless=regex(rf"^(?!.*\b({_DANGER})\b).*({_tied(_PLACE, _PURPOSE, 60)})"),
        unless_nearby=True, reach=True, hides=False),
    # A debt repaid or an apology promised for the next life (下辈子再还, 下辈子再报答): not a joke or a wish for riches.
    Cue("farewell", any_of(
        r"\b(next|another) life\b.{0,30}\b(repay|pay (you|them|it|back|all)|return|make it up|be (a |your )?(good|better)|sorry|treat (you|them)|take care|owe)",
        r"\b(sorry|apolog\w*|owe (you|them)|cannot repay|cant repay|can not repay)\b.{0,40}\b(next|another) life\b"),
        negatable=True, near=_JOKING_EN, hides=False),
)

# Abuse told by its effects or veiled (name, pattern), read by abuse.py like collectors.py's.
_KIN_TOLD = rf"(your|my|his|her) ({KIN_EN}|family|kids?|children|old (man|lady)|mother|mum|mom|father|dad|parents|grandma|grandmother|grandfather|grandpa|granny|sister|brother|wife|husband|son|daughter|gf|girlfriend)"
_SAID_EN = r"(?<!\bi )(said|says|say|told me|tells me|texted|messaged|warned|threatened|reminded me|message|sms|voice message|hinted)"
# A shock at the bill, the interest or the letter, told plainly: no threat ("your family will be shocked when they see the
# interest", "better pay before he gets a shock from the letter"; review53 #4).
_AT_THE_BILL = (r"(?! (when|once|if|after) (they|he|she|you|your \w+|my \w+) (see|sees|saw|read|reads|open|opens|get|gets|find out|finds out|hear|hears|learn|learns|know|knows)\b"
                r"| (from|by|at|of|over|with) (the|this|that|your|my|his|her|their) (\w+ )?(letter|amount|interest|bill|notice|statement|debt|total|news|figure|number|sms|message)s?\b)")
_HARM_TO_KIN = (rf"(get|got|gets|have|has|suffer) a (shock|fright|scare){_AT_THE_BILL}|(get|got|gets|have|has|suffer) a (heart attack|stroke)|something (bad |terrible |unfortunate )?((could|might|may|will|would|can) )?(happen|happens|happening|to happen)"
                r"|(be|stay|keep) (safe|careful)|(would be|its|what|be) a (pity|shame)|(an |some |any )?accident|(cant|can not|cannot|wont|will not) (take|handle|survive|bear|stand)"
                rf"|heart (is |so |very )*(weak|bad|not good)|(weak|bad) heart|get (into|in) (trouble|danger)|be in danger|not be safe|be (scared|frightened|shocked){_AT_THE_BILL}")
# (a word of looks, not "is" alone: "my father is old already, better I pay" names an age; review53 #4)
_LOOKS = (r"((is|looks|seems|so|very|quite|rather|really)( (very|quite|so|really|rather))? )?"
          r"(pretty|beautiful|cute|sexy|hot|young|lovely|attractive|gorgeous|charming|(nice|good)( looking)?)")
_CLEARED = r"(pay|paying|repay|help|helping|settle|clear|work|cover|accompany|meet|instead|forget|forgive|cancel|wipe|write off)\w*"

# People sent with a plain purpose told right after "come": the car taken back, documents brought, details verified
# (review53 #4). A menace told after it keeps the match (LATER_MENACE_EN: "...to collect the car and teach me a lesson"; mend54).
_PLAIN_VISIT = (r"(?!(?: (\w+ )?(to )?(collect|repossess|tow|take back|take) (the|my|your|our) (car|vehicle|motorbike|bike|scooter|van)"
                r"| (\w+ )?(to )?(bring|deliver|drop off|hand over|pass) (the |my |your |some )?(documents?|papers?|forms?|letters?|contract|cards?)"
                r"| (\w+ )?(to )?(verify|check|confirm|assess|inspect|do (a |the )?(verification|check|assessment))\b)" + LATER_MENACE_EN + ")")
ABUSE_EN = (
    # People coming tonight, as the collector said ("they said tonight people will come"): the hour is the menace.
    ("violence", any_of(
        rf"\b{_SAID_EN}\b.{{0,50}}\b(tonight|at night|midnight|this evening|later tonight)\b.{{0,40}}\b(people|men|guys|brothers|boys|gang|someone|somebody)\b.{{0,24}}\b(come|coming|visit|find|wait|waiting|go|show up|drop by)\w*\b{_PLAIN_VISIT}",
        rf"\b{_SAID_EN}\b.{{0,50}}\b(people|men|guys|brothers|boys|gang|someone|somebody)\b.{{0,30}}\b(come|coming|visit|find|wait|waiting|show up|drop by)\w*\b{_PLAIN_VISIT}.{{0,40}}\b(tonight|at night|midnight|this evening)\b{_PLAIN_VISIT}")),
    # A relative's age or health named, with a shock or an accident: a threat against the family left unsaid.
    ("violence", any_of(
        rf"\b{_SAID_EN}\b.{{0,30}}\b{_KIN_TOLD}\b.{{0,50}}\b({_HARM_TO_KIN})\b",
        rf"^\W*(your) ({KIN_EN}|family|kids?|children|mother|mum|mom|father|dad|parents)\b.{{0,50}}\b({_HARM_TO_KIN})\b")),
    # Watch out on the way home at night, as said: a threat to the borrower's safety left unsaid.
    ("violence", any_of(
        rf"\b{_SAID_EN}\b.{{0,30}}\b(i|you) (better|should|had better|must|need to|have to) (watch out|be careful|watch (my|your) (back|step))\b"
        r".{0,30}\b(at night|walk\w* home|alone|going home|on (my|your) way|when (i|you) (go|walk|leave|come|get))")),
    # An arrest made the condition of paying, as said ("said if I don't pay they will get the police to catch me").
    ("jail_threat", any_of(
        rf"\b{_SAID_EN}\b.{{0,20}}\b(if (i|you) (dont|do not|cant|can not|cannot) (pay|repay)\w*|or else|otherwise)\b.{{0,30}}\b(police|cops)\b.{{0,20}}\b(catch|arrest|take|come for|lock|detain|pick)\w*")),
    # Papers with the borrower's photo or ID stuck up where neighbours see them.
    ("shaming", any_of(
        r"\b(stuck|pasted|taped|put up|posted|hung|left|sticking|pasting)\b.{0,20}\b(papers?|notes?|sheets?|flyers?|signs?|notices?|printouts?)\b with my (photo|picture|face|name|ic|nric|id)\b"
        r".{0,40}\b(on|at|in|around) (the |my |our )?(lift|elevator|door|wall|block|building|void deck|staircase|stairs|lamp|pole|corridor|office|market|village|gate)")),
    # A relative's looks named with paying the debt (sexual coercion with no sexual word).
    ("coercion", any_of(
        rf"\b{_SAID_EN}\b.{{0,30}}\b{_KIN_TOLD}\b (\w+ ){{0,2}}{_LOOKS}\b.{{0,50}}\b{_CLEARED}\b",
        rf"\b{_KIN_TOLD}\b (\w+ ){{0,2}}{_LOOKS}\b.{{0,50}}\b{_CLEARED}\b.{{0,40}}\b(he|they|the (guy|man|collector)|collectors?) (said|says|told|texted|added|hinted)\b",
        # a date or a weekend out with him, and the debt gone ("if I go out with him for a weekend the loan disappears")
        r"\b(go|going|went) out with (him|me)\b.{0,50}\b(loan|debt|money|it)\b (\w+ )?(disappear\w*|gone|forgotten|cleared|cancell?ed|wiped|finished|settled|done)",
        # nice to him, and the debt forgotten ("if I'm nice to him he can forget about the loan")
        r"\b(if|when) (im|youre|i am|you are|i was|you were|i be|you be) (nice|good|sweet|friendly|kind) to (him|them|me)\b.{0,50}\b(forget|forgive|cancel|clear|wipe|write off|settle|no need to pay|dont need to pay|debt (is |will be )?(gone|finished|done))")),
    # The borrower's details on a page or list of debtors (exposure.py's "published": the debt must be named there).
    ("published", any_of(
        r"\bmy (details|info|information|particulars|ic|nric|ic number|id|name|face|photo|picture|number)\b.{0,60}"
        r"\b((website|site|web ?page|page|list)\b.{0,20}\b(debtors?|defaulters?|deadbeats?|laolai|lao lai|people who (owe|dont pay|do not pay))"
        r"|(debtors?|defaulters?|deadbeats?|laolai|lao lai|shame|shaming|blacklist)\w* (list|website|site|web ?page|page|board))\b",
        r"\b((debtors?|defaulters?|deadbeats?|laolai|lao lai|shame|shaming)( list)? (website|site|web ?page|page|list)"
        r"|(website|site|web ?page|page|list) (of|for|listing|naming) (all )?(the )?(debtors|defaulters|deadbeats))\b.{0,40}\bmy (name|face|photo|picture|details|ic|id)\b")),
)


# Whose English farewell it is (review53 #5), read by safety.someone_at_risk before others.helper_asking: the writer's
# own first-person farewell beside a relative named for something else ("My brother keeps calling but you won't find
# me again after tonight") is the writer's; a relative's farewell quoted word for word ("My brother texted me "soon I
# won't exist, tell mum sorry"") is the relative's, whose "I" is theirs.
_WRITER_EN = regex(r"\b(i|im|ill|me|my)\b")
_QUOTE_EN = regex(r"[“\"]([^”\"]{4,240})[”\"]")
_SPEECH_EN = r"(said|says|saying|say|texted|wrote|writes|messaged|sent|told|tells|posted|left a note|voice ?message)"
# (the quote may be posted somewhere named: 'My brother messaged the family group: "..."'; mend54, review55 #8)
_POSTED_TO = r"( (in|on|to|into) )?( ?(the|our|a|my|his|her) )?( ?(family|whatsapp|wechat|class|work|friends|school))*( ?(group|chat|group chat|groupchat|moments))?"
_RELATIVE_SAID = regex(rf"\b(my (\w+ )?({KIN_EN}|bro|sis|gf|bf)|he|she)\b.{{0,30}}\b{_SPEECH_EN}\b{_POSTED_TO}[^.!?]{{0,12}}$")
_REPORTED = regex(rf"\b(my (\w+ )?({KIN_EN})|he|she)\b.{{0,30}}\b{_SPEECH_EN}\b")


def _own_farewell(text: str) -> bool:
    """Whether folded ``text`` holds one of this module's crisis cues with the writer (I, me, my) in its matched words,
    with no one else's saying before it ("my husband keeps saying you won't find me" is his)."""
    for cue in CRISIS_EN:
        for match in cue.pattern.finditer(text):
            if _WRITER_EN.search(match.group()) and not _REPORTED.search(text[: match.start()]):
                return True
    return False


def english_whose(message: str, clauses: list[Clause], crisis_at: frozenset[int] | set[int]) -> str | None:
    """"self" when a crisis clause (or it with the next) holds the writer's own farewell in this module's words,
    outside quotes; "other" when every crisis clause lies in a quote a relative is said to have sent; None otherwise
    (others.helper_asking decides)."""
    quoted = [(m.start(1), m.end(1)) for m in _QUOTE_EN.finditer(message)
              if _RELATIVE_SAID.search(fold_clause_raw(message[max(0, m.start() - 60):m.start()]))]
    inside = {i for i, c in enumerate(clauses) for start, end in quoted if c.start < end and c.end > start}
    for index in sorted(crisis_at):
        if index in inside or index >= len(clauses):
            continue
        pair = clauses[index].text + (" " + clauses[index + 1].text if index + 1 < len(clauses) and index + 1 not in inside else "")
        if _own_farewell(clauses[index].text) or _own_farewell(pair):
            return "self"
    if crisis_at and quoted and set(crisis_at) <= inside:
        return "other"
    return None


def fold_clause_raw(text: str) -> str:
    """Lower-cased ``text`` with apostrophes dropped, punctuation kept: the words before a quote, read to its mark."""
    return text.lower().replace("'", "").replace("’", "")


__all__ = ["CRISIS_EN", "ABUSE_EN", "english_whose"]
