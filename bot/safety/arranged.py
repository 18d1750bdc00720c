"""Crises told by what was already done or arranged (safe35, issue 12 round 26): an independent set still missed
crisis messages that name no method and no death outright:

- **An overdose told by its effects**: a count of tablets, a whole bottle or "all of them" taken, and a body that
  answers (头晕, 心跳很快, 睁不开眼, 想睡, "dizzy", "drowsy", "heart racing", "can't keep my eyes open"). Not a dose
  for an ache or a cold (two tablets, "a day"), vitamins, sweets or drinks, a long shift.
- **A cover story**: a trip, a move or a job told to others (跟她说我要去外地打工, "told her I'm moving for work", "they
  think I'm relocating") beside a pet or a child handed over for good (以后就拜托你了, "for good", "from now on"),
  goodbyes or a last meeting with friends, or the story denied (其实我哪也不去, "it isn't", "there is no new job").
  Not a trip told as the writer's own plan, nor a pet minded while one travels.
- **A set moment**: numb or empty, waiting or counting the days for a day, then it is over. Not the cold, payday.
- **Heights or painless ways researched**: "how many floors is high enough", "most painless ways to go",
  查怎么走才不痛. Not a flat's view or lift, a painless way to repay.
- **A past attempt and the next one hidden**: an attempt told (洗胃, 没死成, "my last attempt", "found me") and the
  next one kept from everyone (这次不会让任何人知道, "next time nobody will know", "hiding the pills"). Not a late
  payment kept from the family.
- **Not alive by a time set**: 到时候/还款日那天 … 我已经不在了/不在人世了, "I won't live that long", "I'll be dead by
  then": the turn after a loan answer that begins 算了 is read as any message is (session.py asks the same rules).
  Not "不在上海了", "I'll be abroad by then".
- **A farewell to a spouse about the children**: "tell the kids daddy loved them", "the kids are yours now".

Every cue names the everyday reading it leaves alone in the sentence that holds it (``reach``), never message-wide,
and a cancelled match sets aside only the window that holds the reason (``aside_nearby``): a crisis told in
another sentence is read as before (common brief: exceptions stay local).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue
from .lookalikes import CITY_GOODBYE_EN, CITY_GOODBYE_ZH

# --- An overdose told by its effects -------------------------------------------------------------------------
# A count of five or more, tens, a handful, a whole bottle or all of them; not one or two (a dose).
_MANY_ZH = r"([0-9]{2,}|[5-9]|[二三四五六七八九]?十[一二三四五六七八九几]?|几十|十几|二十几|一把|一大把|好多|很多)(多|来)?"
_TAKEN_ZH = (rf"(吃|吞|喝)(了|下|掉)?(下去|进去)?\S{{0,6}}{_MANY_ZH}(片|粒|颗)"
             r"|(一|整)(整)?(瓶|盒|板)\S{0,4}(都|全|全部)?(吃|吞|喝)(了|下|掉|光|完)|(吃|吞|喝)(了|下|掉)?\S{0,2}(一|整)(整)?(瓶|盒|板)"
             r"|(药|片|粒)\S{0,4}(全|都|全部)(吃|吞)(了|下去|光|完|掉)|药瓶(都|已经)?空了|(吃|吞)(下去|进去|掉)了.{0,6}(一|整)(整)?(瓶|盒|板)")
# The body answering: dizzy, a racing heart, eyes closing, sleepy, numb, sick, seeing double.
_BODY_ZH = (r"头(好|很|特别|越来越|有点|开始)?(晕|沉|重|昏)|心跳\S{0,3}(快|厉害|乱|加速)|心慌|睁不开|想睡|好困|犯困|眼皮\S{0,2}(打架|重|沉)"
            r"|(手脚|手|脚|浑身|全身)\S{0,2}(发麻|发冷|冰凉|发抖|没力|无力)|想吐|恶心|重影|看不清|迷糊|意识\S{0,2}模糊|喘不上气|胃\S{0,2}(疼|难受|翻|烧)")
# A dose, a treatment, food and drink: a count of these is everyday (the whole sentence is read, cue.Cue.reach).
_DOSE_ZH = regex(r"医生|医嘱|说明书|一次|每次|一天|每天|维生素|钙片|鱼油|益生菌|糖|薯片|饼干|肉片|西瓜|瓜子|花生|葡萄|口香糖|巧克力|酒|啤酒|咖啡|感冒")
_MANY_EN = (r"([0-9]{2,}|[5-9]|five|six|seven|eight|nine|ten|a dozen|dozens|fifteen|twenty\w*|thirty\w*|forty\w*|fifty\w*|a (whole )?(handful|bunch|lot|load)"
            r"|all( of)?|every (one|single one|last one)|the (whole|entire|rest of the|full)|my (whole|entire)|a (whole|full|entire))")
_PILLS_EN = (r"(pills?|tablets?|capsules?|meds|medication|medicine|prescription|painkillers?|sleeping \w+|paracetamol|ibuprofen|aspirin|tylenol"
             r"|antidepressants?|them|it|the (bottle|pack|packet|box|strip|lot)|of (my|the|her|his|mums?|moms?|dads?|nans?) (\w+ )?(pills?|tablets?|meds|medication|prescription|sleeping \w+|painkillers?|antidepressants?))")
_TAKEN_EN = (rf"\b(took|taken|take|swallowed|downed|popped|had|ate|emptied)\b (about |around |like |maybe |nearly |over |almost |just |literally )?{_MANY_EN}\b"
             r"(?! (minutes?|mins?|hours?|hrs?|seconds?|days?|weeks?|months?|years?|steps|photos|pictures|calls?|times|dollars|yuan|kuai|pages|exams?|tests?|classes)\b)"
             rf"(\s\w+){{0,3}}?\s?{_PILLS_EN}\b|\bemptied (the|my) (pill|medicine) (box|bottle|cabinet)\b")
_BODY_EN = (r"\b(dizzy|drowsy|sleepy|woozy|faint|numb|blurry|spinning|floating|shaking|sweating|heavy|cold|throwing up|vomit\w*|cant breathe"
            r"|(cant|can not|can barely|hard to) keep my eyes open|eyes (keep )?(closing|shutting)|heart\w* (is |keeps )?(racing|pounding|beating fast|going crazy|jumping)"
            r"|(getting|feel\w*|so|very|really) (tired|sleepy|drowsy|weak))\b")
_DOSE_EN = regex(r"\b(vitamins?|supplements?|for (my |a |the )?(headache|cold|flu|pain|period|cramps|fever|back|tooth\w*)|as prescribed|dose|per day|a day|twice"
                 r"|coffee|espresso|shots?|drinks?|beers?|wine|caffeine|energy drinks?|sweets|candy|gummies|shift|workout)\b")

# --- A cover story -------------------------------------------------------------------------------------------
_AWAY_ZH = r"出差|出国|搬家|旅游|打工|出远门|外地|很远的地方|支教|去工作|调去|调到|发展|留学|国外|上班|深圳|北京|上海|广州|杭州"
# A trip told to others or believed by them: what they were told, not what the writer says of it.
_COVER_ZH = (rf"(跟|对|和|告诉|骗)\S{{0,8}}(说|讲)?(我|我们|爸爸|妈妈)?(要|得|准备)?(去|到)?\S{{0,6}}({_AWAY_ZH})"
             rf"|(说|讲)(是)?(我|自己)(要|得|准备|找了|去)?\S{{0,8}}({_AWAY_ZH})"
             rf"|(都|还|只)?(以为|觉得)我\S{{0,4}}(要|去|准备)\S{{0,8}}({_AWAY_ZH})")
# For good: a pet or a child handed over with no return (以后就拜托你了, 永远, 不会回来接).
_FOR_GOOD_ZH = (r"(以后|今后|往后|从此|永远)\S{0,4}(就|都)?(拜托|托付给?)(你|你们|他|她|您|他们|她们)(了|啦)"
                r"|(猫|狗|宠物|孩子|儿子|女儿|闺女|宝宝)\S{0,4}(以后|今后|往后|从此)\S{0,2}(就|都)?(交给|归|靠)(你|你们|他|她|您|他们|她们)(了|啦)"
                r"|(以后|今后|往后)\S{0,4}帮我(照顾|带|养)(好)?(孩子|女儿|儿子|闺女|宝宝|猫|狗|爸妈|我妈|我爸)"
                r"|(猫|狗|宠物|孩子|儿子|女儿|闺女|宝宝)\S{0,12}(永远|以后都|再也不会?)\S{0,4}(托付|交给|送给|归|接)"
                r"|不会(再)?(回来|去)?(接|看)(它|它们|他|她|孩子)(回来)?了|不会(再)?回来(接|看)(它|它们|他|她|孩子)")
# Goodbyes or a last meeting; the story denied.
_PARTING_ZH = r"(告别|道别|道了别|最后(见)?一面|最后一次(见|聚|吃))"
_DENIED_ZH = (r"其实(我)?(哪(里|儿)?(也|都)?不(去|走)|不是(?=\s|$)|没有(要)?(去|走|搬|找)|(以后)?(都)?不会(再)?(回来|回去|去接)|不回来了|是想\S{0,4}(最后|告别|道别)"
              r"|就是想(再|最后)?\S{0,2}(看看|见见|见一面|道别|告别)"
              r"|只是不想让\S{0,4}(难过|担心|伤心))|他们(都)?(不知道|信了)")
# The writer's own trip told as fact, a minding while away: not a cover story.
_REAL_TRIP_ZH = regex(r"房东|押金|房子|回来(以后|之后|后|再|给|请)|(?<![这前])(一|两|三|几|半)(个)?(周|星期|天|个月)|这段时间|暂时|期间|帮忙(照顾|喂)|只是搬|而是|机票|签证|入职"
                      rf"|{CITY_GOODBYE_ZH}")  # the parting said to a city (lookalikes.py, safe40)

_AWAY_EN = r"(moving|relocating|travel\w*|backpacking|going (abroad|away|on a (long )?trip|overseas)|off to|trip|job|work|abroad|overseas|emigrat\w*|volunteer\w*)"
_COVER_EN = (rf"\b((told|tell|telling|said|saying|say) (her|him|them|everyone|every one|people|my \w+|the \w+|all my \w+)|(i )?(said|told (her|him|them)) (that )?(im|i was|id be|its|it is|it was)( just)?( for)?)\b(\s\w+){{0,4}}?\s?{_AWAY_EN}"
             rf"|\b(thinks?|believes?|assumes?) (im|i am|i was|id be)\b(\s\w+){{0,3}}?\s?{_AWAY_EN}")
_FOR_GOOD_EN = (r"\b(dog|cat|pets?|puppy|kitten|son|daughter|kids?|children|baby|boy|girl|bird|rabbit|hamster)\b.{0,40}\b(for good|permanently|from now on|forever)\b"
                r"|\b(for good|permanently|from now on|forever)\b.{0,30}\b(dog|cat|pets?|puppy|kitten|son|daughter|kids?|children|baby)\b"
                r"|\b(keep|look after|take care of|have|raise|take) (\w+ ){0,2}(for good|permanently|forever)\b"
                r"|\b(is|are) (theirs|hers|his|yours) (now|to (keep|raise|look after))\b|\b(shell|hell|theyll|she will|he will|they will|youll|you will) (raise|bring up) (them|him|her|the kids|my \w+)\b|\b(wont be|im not|i am not) (coming )?back for (him|her|them|it)\b")
_PARTING_EN = r"\b(one last time|for the last time|a last time|said (my )?goodbyes?|goodbye (messages?|texts?)|(saying|say) goodbye)\b"
_DENIED_EN = (r"\b(it isnt|its not|it is not|i (m|am) not (going|moving|travelling|traveling|relocating) anywhere|there is no (new )?(job|trip|move)"
              r"|theres no (new )?(job|trip|move)|not in that sense|they dont know|she doesnt know|he doesnt know|the real reason|really i (just )?wanted"
              r"|im not coming (back|home)|i wont be (coming )?(back|home)|goodbye for real|wont see me again|(they|she|he) (have|has) no idea"
              r"|(its|it is|this is|this was) the last time|last time (ill|i will|id|i would) see (them|her|him))\b")
_REAL_TRIP_EN = regex(r"\b(while (i|im|we)|when i (get|come) back|until i (get|come) back|for (a|one|two|three|a few|the) (week|weeks|month|months|summer|weekend)"
                      r"|allergic|allergy|landlord|no pets|flight|visa|start(ing)? (on|next)|new job starts)\b"
                      rf"|{CITY_GOODBYE_EN}")  # the goodbye said to a city (lookalikes.py, safe40)

# --- A set moment, heights researched, the next attempt hidden, not alive by a time ------------------------------
_NUMB_EN = (r"\b((feel|feeling|im|i am|completely|totally|just|so|emotionally|gone) numb|empty inside|(im|i am|i feel|feel|feeling) (so |completely |just )?empty\b(?! (stomach|flat|room|house))|(i )?feel nothing|nothing (hurts|matters)( anymore)?"
            r"|(im|i am) (so )?(calm|at peace|peaceful) now|(everything |it all |life )?feels? (so )?(grey|gray|flat|hollow)( and (grey|gray|flat|hollow))?)\b(?! (from|with|because of) (the )?(cold|snow|ice|anaesthe\w*|injection|dentist))")
_WAIT_EN = (r"\b(waiting (for|until|till)|counting (down )?(the )?days (until|till|to)|picked the (date|day)|decided on the)\b"
            r".{0,40}\b(then (its|it is|itll be|it will be|everything is|it all|it) (over|done|finished|ends|stops)|then (ill|i will|i can) (go|rest|stop|be free|be gone))\b"
            r"|\b(a|the) (date|day) (in mind|set|picked|chosen)\b.{0,30}\bthen (its|it is|itll be|it will be|everything is|it all) (over|done|finished)\b"
            r"|\bwaiting (for|until|till)\b.{0,30}\b(when|while|once) (\w+ ){0,3}(leaves|is away|goes out|is out|has gone|are away|are out|is asleep|are asleep)\b"
            r"|\b(just |only )?(waiting (for|until|till)|counting (down )?(the )?days (until|till|to)) (the )?(\w+ ){0,2}\w+\W*$")
# (numbness is read anywhere in the message: the waiting is often a clause or two away from it)
_NUMB_ZH = r"麻木|空空的|空荡荡|(没有?|没)(任何)?感觉了|什么(感觉)?都感觉不到|(很|特别|出奇的?)平静|心如死水"
_WAIT_ZH = (r"(就|只|一直)?(在)?等\S{0,10}(那天|那一天|那个日子|那个时候|那一刻)(到来|来|过完|过去)?(?=\s|$)"
            r"|(就|只)(在)?等\S{0,4}(这个月|这周|这礼拜|月底|过年|生日)(过完|过去|结束)(?=\s|$)")
_NOT_EATEN_ZH = r"((几|两|三|四|五|六|七|好几|多)(天|顿)|(一|两|好几)(个)?(星期|礼拜|周))(都|也)?没(怎么)?(吃|吃过)(饭|东西)?(?!\S{0,2}(外卖|零食|肉|火锅|药|早饭|早餐|午饭|晚饭|宵夜|甜|辣))"
_POINTLESS_ZH = r"(没|没有)(什么|任何)?(意义|必要)了|有什么意义(呢|啊)?(?=\s|$)|反正\S{0,4}(用不着|不需要)了"
_HEIGHT_EN = (r"\bhow (far|high) (you|one|a person|i|someone) (have|has|need|needs|would have) to (fall|jump|drop)\b|\bhow (many (floors|storeys|stories)|(high|tall) (does )?(a |the |my )?(building|bridge|roof|floor|balcony|cliff|drop|fall)s?)\b"
              r".{0,40}\b(enough|to be sure|sure|survive|fatal|die|death|kill|not (wake|make it))\b")
_SURVIVABLE_EN = r"\b(heights?|falls?|drops?|floors?) (is|are|would be|that (is|are)) (survivable|fatal|lethal|deadly)\b|\b(survivable|lethal|fatal) (heights?|falls?|drops?)\b|\bwhich height\b"
_PAINLESS_EN = r"\b(most )?painless (ways?|methods?|way out)\b(?! (to|of) (re)?pay)"
_RESEARCH_ZH = (r"(查|搜|研究|看|问)\S{0,6}(怎么|如何|哪种|什么)(方式|方法|办法)?\S{0,4}(走|死|结束|离开)\S{0,4}(才|最|比较|能|会)?\S{0,3}(不痛|不疼|没有痛苦|没痛苦|不难受|干脆)"
                r"|(几楼|多少层|几层|多高)\S{0,6}(才|就|能)?\S{0,2}(够|确定|保证|一定|救不回|活不了|没救)")
_ATTEMPT_ZH = regex(r"(自杀|割腕|吞药|跳楼|烧炭|上吊)过|没(死|自杀)成|洗(了)?胃|抢救|(被|让)\S{0,4}(发现|救)\S{0,4}(了|下来|回来)|上次(割|吞|吃药|跳)|试过一次")
_HIDDEN_ZH = (r"(这次|下次|下一次|再来|等\S{0,8}(放松|不注意|不盯|睡着))\S{0,14}(不会让|不让|没人|谁都|谁也|任何人都)\S{0,6}(知道|发现|看到|察觉|救)"
              r"|(这次|下次|下一次)\S{0,6}(会|要)(做得)?\S{0,2}(更)?(小心|隐蔽|偷偷)|等(他们|她|他|家里人)\S{0,4}(放松|不盯|不注意)(了)?\S{0,4}(我)?(再来|再试)")
_ATTEMPT_EN = regex(r"\b(my (last |first )?attempt\b(?! (to|at) (?!(kill|end|take my|die)))|attempted|tried (once|before|last \w+)( before)?\b(?! to (?!(kill|end|die|take my)))|tried it|overdosed|found me|pumped my stomach|survived|saved me|revived)\b")
_HIDDEN_EN = (r"\b(next time|this time|again)\b.{0,40}\b(nobody|no one|no-one|not a soul|noone)\b.{0,12}\b(knows?|will know|finds? out|will find|notices?|sees? it|in time)\b"
              r"|\b(next time|this time)\b.{0,30}\b(make sure|so that) (nobody|no one)\b"
              r"|\b(this time|next time)\b.{0,20}\b(ive |i have |ill |i )?(checked|know|planned around|timed it|worked out|learned) (his|her|their|when|the)\b|\b(try|do it) again,? quietly\b|\bwont tell a soul\b"
              r"|\b(hid(e|ing|den)?|hiding) (the|my) (pills|tablets|blades?|rope|meds)\b.{0,40}\b(no one|nobody)\b")
_LOAN_ZH = regex(r"逾期|还款|还钱|还上|还清|借呗|花呗|欠款|催收|征信|工作|面试|考试|相亲")
_LOAN_EN = regex(r"\b(late|overdue|pay|paid|repay\w*|debts?|loans?|jiebei|huabei|credit|job|interview|exam|asking|negotiat\w*|appl(y|ied|ication)|lender|bank|call\w*)\b")
_GONE_BY_ZH = (r"(到时候|那时候|到那时(候)?|那天|到那天|等到那天|还款日|到期\S{0,4}|下个月|月底|\S{2,8}的时候)\S{0,6}我(人)?(也|都|早|已经|早就|应该|大概|估计|怕是)*"
               r"(不在人世|不在这个世界(上)?|不在了|没了|死了)(了)?")
_GONE_BY_EN = (r"\bi (wont|will not|probably wont|dont think ill|might not) (live|be alive|survive)\b( that long| to see (it|that|then)| (by|until|till) then)?"
               r"|\b(ill|i will|i would|id) (already )?be dead (by then|before (then|that)|by the (time|due date|deadline))\b")
_AWAY_BY = r"国内|国外|出国|上海|北京|深圳|广州|老家|公司|学校|这(里|儿|边)|家里|回|搬|\b(abroad|moving|travel\w*|trip|holiday|vacation|by train|flight)\b"
# ...and a collector's threat passed on is their words, not the writer's end ("a note saying I won't live long if I
# don't pay": review of round 27's implied threats).
_THREAT_PASSED_ON = (r"\b(saying|said|says|told me|tells me|telling me|wrote|writes|written|threaten\w*|warn\w*)\b.{0,12}\bi (wont|will not|might not) (live|be alive|survive)\b"
                     r"|\bi (wont|will not|might not) (live|be alive|survive)\b.{0,20}\bif i (dont|do not|cant|cannot|wont) (pay|repay)")
_AWAY_OR_THREATENED = regex(rf"{_AWAY_BY}|{_THREAT_PASSED_ON}")

# --- A note left, and no one there for the collectors -------------------------------------------------------
_NOTE_ZH = regex(r"(留|写)(了|好)?\S{0,6}(信|纸条|字条|遗书|遗言)|(信|纸条|遗书)\S{0,4}(写好|留在|放在)")
_NO_ONE_ZH = (r"(催收|他们|你们)\S{0,8}(再|以后)?\S{0,4}(怎么|爱)?(打|催|找)\S{0,8}(也)?(没人接|没有人接|没人了|找不到我|联系不上我)(了)?")
_NOTE_EN = regex(r"\b(note|letter)s?\b")
_NO_ONE_EN = (r"\b(there (wont|will not) be|therell be no|there will be no)\b (anyone|anybody|one|no one|nobody)?\s?(left )?to (answer|pick up|call|chase|find)\b"
              r"|\b(call|ring|chase|come) all (they|you) want\b")
_NOT_THERE = regex(r"换号|换了号|拉黑|关机|停机|注销|换手机|不在家|出差|就说|搬|\b(new number|changed|blocked|switch\w* off|turned off|moving|moved|abroad|away|holiday)\b")

# --- A day alone set, beside things arranged ---------------------------------------------------------------
# A time when no one will be there (周五老婆回娘家, 那天家里没人, "the house will be empty", "my wife takes the kids
# to her mum's") read only where the message tells two arrangements or more (rent paid, a pet given away, things
# settled, a note written, savings moved, a job quit): one errand beside a trip is everyday.
_ALONE_ZH = (r"(周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|那天|那晚|今晚|明天|下周|[0-9一二三四五六七八九十]+号)\S{0,10}"
             r"((老婆|老公|家里人|室友|孩子|爸妈)\S{0,6}(回娘家|出门|不在家|出差|回老家)|家里没人|没人在家|一个人在家)")
_ALONE_EN = (r"\b(the (house|flat|apartment|place) (will be|is) empty|(nobody|no one) (will be )?(home|around)|ill be (home )?alone"
             r"|(wife|husband|partner|flatmate|roommate|family) (takes|is taking|will take) the kids (to|away)|(flatmate|roommate|wife|husband|family) (is|will be) away"
             r"|(flatmate|roommate|wife|husband|partner|family|kids) (is|are|will be) (at|with) (his|her|their|my)"
             r"|(its |it is |everything is |everythings )?(all )?(arranged|planned|set) for (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight))\b")
_PARTING_DONE_ZH = r"(猫|狗|宠物)\S{0,4}(送人|托付|送走|送给)|(后事|该交代的)\S{0,4}(都)?(交代|安排)|存款\S{0,4}(转|给)|(信|遗书)\S{0,2}(写好|留好)|准备好的东西"
_ARRANGED_ZH = rf"房租(已经|都)?(交|付)(了|好|到)|东西\S{{0,4}}(都)?(收拾|整理)好|辞职|工作(也)?辞了|{_PARTING_DONE_ZH}"
_PARTING_DONE_EN = (r"\b(note is written|wrote (a|the|my) note|letters? (is |are )?written|(cat|dog)s? (is )?with|gave (away )?the (cat|dog)|(moved|sent) my savings"
                    r"|said (my )?goodbyes|affairs in order)\b")
_ARRANGED_EN = rf"\b(rent is paid|paid the rent|cleaned (the|my) (flat|place|house|room)|resigned|quit my job|everything is (ready|arranged|sorted))\b|{_PARTING_DONE_EN}"
# (one arrangement of a parting, and another of any kind)
_TRIP_OR_EVENT = regex(r"出差|旅游|婚礼|出国|回老家|机票|面试|入职|\b(fly|flying|flight|wedding|holiday|vacation|trip|travel\w*|visit\w*|conference|party|interview)\b")
_TWO_ARRANGED = regex(rf"^(?=[\s\S]*({_PARTING_DONE_ZH}|{_PARTING_DONE_EN}))[\s\S]*({_ARRANGED_ZH}|{_ARRANGED_EN})[\s\S]*({_ARRANGED_ZH}|{_ARRANGED_EN})")

# --- A farewell to a spouse about the children -------------------------------------------------------------
_KIDS_LOVED_EN = (r"\b(tell|let) (the |our |my )?(kids|children|girls|boys|son|daughter|baby)\b.{0,20}\b(daddy|mummy|mommy|mum|mom|dad|papa|mama|i) (always |really )?loved (them|him|her)\b"
                  r"|\b(kids|children|girls|boys) are (all )?yours now\b")

_DOSE = regex(_DOSE_ZH.pattern + "|" + _DOSE_EN.pattern)
_REAL_TRIP = regex(_REAL_TRIP_ZH.pattern + "|" + _REAL_TRIP_EN.pattern)

ARRANGED = (
    # An overdose told by its effects: a count, a bottle or all of them taken, and a body that answers within a clause
    # or two ("吃了二十多片药，心跳好快"); a dose for an ache, food or a drink in the sentence is everyday.
    Cue("self_harm", any_of(rf"({_TAKEN_ZH}).{{0,24}}({_BODY_ZH})", rf"({_TAKEN_EN}).{{0,80}}{_BODY_EN}"),
        unless=_DOSE, unless_nearby=True, reach=True, aside_nearby=True),
    # ...and the body told a clause or more away ("已经吃下去了，一整瓶，胃好难受"): the taking is the cue, read only
    # where the message tells the body answering; a dose in the taking's sentence is everyday as above.
    Cue("self_harm", any_of(_TAKEN_ZH, _TAKEN_EN), requires=regex(_BODY_ZH + "|" + _BODY_EN),
        unless=_DOSE, unless_nearby=True, reach=True, aside_nearby=True),
    # A cover story: a hand-over for good, a parting, or the story denied, read where the message tells a trip or a
    # move to others (anywhere: the story often takes three clauses); a real trip in the same sentence is everyday.
    Cue("farewell", any_of(_FOR_GOOD_ZH, _PARTING_ZH, _DENIED_ZH), requires=regex(_COVER_ZH),
        unless=_REAL_TRIP, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("farewell", any_of(_FOR_GOOD_EN, _PARTING_EN, _DENIED_EN), requires=regex(_COVER_EN),
        unless=_REAL_TRIP, unless_nearby=True, reach=True, aside_nearby=True),
    # A set moment beside numbness; heights or painless ways researched.
    Cue("plan", any_of(_WAIT_EN, _WAIT_ZH), requires=regex(_NUMB_EN + "|" + _NUMB_ZH),
        unless=regex(r"工资|奖金|放假|假期|婚礼|考试|成绩|春天|年终|\b(payday|pay day|salary|bonus|holiday|vacation|wedding|party|results|exam|trip|spring|summer)\b"),
        unless_nearby=True, reach=True, aside_nearby=True),
    Cue("hopeless", any_of(_NOT_EATEN_ZH), requires=regex(_POINTLESS_ZH),
        unless=regex(r"胃|减肥|生病|病了|医生|手术|牙|忙|感冒|发烧|断食|辟谷|没胃口|吃不下饭"), unless_nearby=True, reach=True, aside_nearby=True),
    Cue("self_harm", any_of(_HEIGHT_EN, _SURVIVABLE_EN, _PAINLESS_EN, _RESEARCH_ZH),
        unless=regex(r"楼盘|租|买房|看房|采光|电梯|风景|夜景|装修|还款|还钱|\b(view|rent|buy|flat|apartment|lift|elevator|sunlight|project|homework|repay\w*|pay off)\b"),
        unless_nearby=True, reach=True, aside_nearby=True),
    # A past attempt told and the next one hidden (the attempt anywhere in the message; loan words in the sentence
    # of the hiding make it a late payment kept from the family).
    Cue("self_harm", any_of(_HIDDEN_ZH), requires=_ATTEMPT_ZH, unless=_LOAN_ZH, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("self_harm", any_of(_HIDDEN_EN), requires=_ATTEMPT_EN, unless=_LOAN_EN, unless_nearby=True, reach=True, aside_nearby=True),
    # Not alive by a time set (到时候我已经不在人世了, "I won't live that long"); a place or a trip is being away.
    Cue("farewell", any_of(_GONE_BY_ZH, _GONE_BY_EN), unless=_AWAY_OR_THREATENED, unless_nearby=True, reach=True, aside_nearby=True),
    # A note left, and no one there when the collectors call (a new number, a trip, a message passed on are everyday).
    Cue("farewell", any_of(_NO_ONE_ZH), requires=_NOTE_ZH, unless=_NOT_THERE, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("farewell", any_of(_NO_ONE_EN), requires=_NOTE_EN, unless=_NOT_THERE, unless_nearby=True, reach=True, aside_nearby=True),
    # A date picked beside numbness and an end told in the message ("feels grey… a date in mind, the 3rd, then it's done").
    Cue("plan", any_of(r"\b(got|have|picked|chose|set) (a|the) (date|day)( in mind| set| picked)?\b"),
        requires=regex(rf"^(?=[\s\S]*({_NUMB_EN}))(?=[\s\S]*\bthen (its|it is|itll be|it will be|everything is|it all) (over|done|finished)\b)"),
        unless=regex(r"\b(wedding|party|holiday|vacation|trip|move|moving|exam|interview|appointment|surgery|payday|repay\w*|payment|pay)\b"),
        unless_nearby=True, reach=True, aside_nearby=True),
    # A day alone set, beside two arrangements or more.
    Cue("plan", any_of(_ALONE_ZH, _ALONE_EN), requires=_TWO_ARRANGED, unless=_TRIP_OR_EVENT, unless_nearby=True, reach=True, aside_nearby=True),
    # A farewell to a spouse about the children.
    Cue("farewell", any_of(_KIDS_LOVED_EN)),
)

# A cover story told as false (readings.KEEPS): a trip or a move told to others and denied, or a pet or a child
# handed over for good beside it. The doubt that reads a journey ("elsewhere") must not read the cover as the trip.
COVER_DENIED = (rf"({_COVER_ZH}).{{0,60}}({_DENIED_ZH}|{_FOR_GOOD_ZH})|({_FOR_GOOD_ZH}).{{0,60}}({_COVER_ZH})"
                rf"|({_COVER_EN}).{{0,100}}({_DENIED_EN}|{_FOR_GOOD_EN})|({_FOR_GOOD_EN}).{{0,100}}({_COVER_EN})")
