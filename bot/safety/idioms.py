"""Everyday hyperbole and idioms that look like crisis wording but are not, blanked out before
the crisis rules read a message (and before a classifier's crisis guess is checked).

Each entry says why it is benign. Some look-alikes are deliberately *not* here: 我想死 is the
plainest crisis cue, and 想死 stays; "I'd rather die than call them" is a statement of reluctance
about a phone call and is masked, but "I'd rather be dead" is not. When a reading is truly
ambiguous the rules keep it, because a gentle word to someone who did not need it costs far less
than silence to someone who did.
"""

from __future__ import annotations

from functools import lru_cache

from ..patterns import Guarded, needs, regex
from ..patterns_branches import Alternatives
from .clauses import KIN_EN, any_of, fold_clause, raw_sentences
from .cue import note_sentences
from .degree import blanked, lived  # death words read by their grammar (fa225)
from .pastimes import FAREWELL_TO_PASTIME

# The writer taking a collector's "go die" as right: not masked as someone else's words. In other
# words too: no answer to it, or the thought had already (review27: 我无法反驳, 也许我真的该去, 其实我也这么想过).
AGREED_OTHERWISE = r"(无法|没法|没办法|不能|无从)反驳|反驳不了|(也许|可能|或许)我(真的)?(该|应该)(去死|死|去(吧|了)?(?![^\W吧了]))|其实我也(这么|这样)想|我也(这么|这样)想过"
_NOT_ADOPTED = rf"(?!.{{0,16}}(我(也)?(同意|赞同|认同)|我也觉得|我也这么觉得|我觉得也是|说得(对|没错)|说的(对|没错)|确实是这样|(也许|可能|其实)(他|她|他们)?是对的|(没|没有)说错|有道理|想想也是|说得也是|说的也是|没毛病|{AGREED_OTHERWISE}))"

# A jump into a pool (fix78) and the pastime words that make it one for fun (mend76): IDIOMS below.
_JUMP_IN = (r"(?:跳(?:下去|了下去|进|入|到)?了?[^，。！？,.!?；;\s]{0,3}(?:泳池|游泳池|水池|跳水池)"
            r"|(?:泳池|游泳池|跳台|跳板|跳水台)[^，。！？,.!?；;\s]{0,6}跳(?:下去|了下去|下水|进水))")
_PASTIME = r"(?:游|玩水|嬉水|比赛|训练|孩子|小朋友|小孩|细路|跳水(?!台))"

IDIOMS = any_of(
    # X死(我/人)了 after a feeling or state is intensity, not death: 笑死, 累死了, 吓死我了, 烦得要死,
    # 丢死人, 害死人, 坑死了, 饿死了. 想死 is deliberately not here: 我想死 is the plainest crisis cue.
    r"(笑|累|急|吓|烦|气|热|冷|饿|撑|胀|困|忙|愁|闷|丑|穷|难受|郁闷|憋屈|丢|羞|尴尬|馋|疼|痛|坑|害|贵|恨|懒|慌|怕|冤|倒霉|后悔|悔)"
    # Not "不疼的死法" (a way to die that does not hurt): 死 before 法 or 亡 is the word itself.
    r"(得|的)?(我|人)?(快|要)?(要)?死(?!算了|就好|拉倒|得了|了算了|了就好|了干净|了拉倒|法|亡|的方法)(我|人|了|啦|个人)*",
    # 死活 means "no matter what" (死活凑不够钱), except "X的死活" (没人在乎我的死活), which is literal.
    r"(?<!的)死活",
    # V得要死, V得快死了 (走得我要死, 冷得要死) is intensity; 觉得我要死了 is not, nor 想死.
    r"(?<![觉晓记懂值舍认省免])得(我|人)?(快|要)要?死(了|啦)?(?!算了|就好)",
    r"死定了|死了(这条)?心|死心|死机|死循环|死板|死贵|死磕|死撑|死扛|死缠烂打|死皮赖脸|死要面子|死脑筋|往死里|该死的|半死|要死不活|半死不活",
    r"打死(我|他)?也不|(?<!连)死(也|都)(?!不怕|不敢)(不|要|得|会|把)",  # "no way I'd...", "I'll repay even if it kills me", 死也不会还
    # The heart dead is disillusion, not a death ("心死了就不会痛", a lyric; 哀莫大于心死): crisis words
    # beside it are read on their own (safe12).
    # (mend76: not 心死了算了 — Cantonese "真心死咗佢好过", truly better off dead, reads 真心死了算了好过 by then)
    r"(?<!伤)(?<!死)心(已经|早就|早已|都|也|彻底|算是)?(死了|死透了|已死|死掉了)(?!\S{0,2}(想死|去死))(?!算了)|哀莫大于心死",
    r"要死人(了|啦)?",  # "这个利息真是要死人了": unbearable, of a price
    # Revived, not a life in question (活过来了 after a nap or a debt paid, 满血复活; ses222), never after a negation
    # (再也活不过来: mend229) nor with despair after it ("又活过来了，为什么救我": lead, stop 51). English "feel alive
    # again" is read by degree.py, which checks a negation anywhere before it ("nothing will make me feel alive again").
    r"(?<!不会再)(?<!再也)(?<!不会)(?<!没有)(?<!没)活过来了(?!.*(?:为什么|救我|有什么用|没意义|不想活|想死|对不起|再见))|满血复活",
    # Work told as lasting till one drops ("今天加班加到死", "上班上到死"): a long day, like 累死了 (ses222)
    r"(?:加班|上班|干活|搬砖|写作业|改稿|改方案)\S{0,3}到死(?!算了|就好|拉倒)",
    # 自杀式 as an adjective ("自杀式还款是什么意思", 自杀式袭击) names a style, not a wish (probe17).
    r"自杀式(?=还款|还钱|借贷|借钱|消费|投资|打法|袭击|攻击|操作|减肥|加班|营销|降价|报复)",
    # 想死都想不出来 is racking one's brains (a puzzle, a password), not a wish (probe12).
    r"想死(都|也)(想|算|记|猜|解)不(出来|明白|懂|通|起来)",
    # Going dark on the collectors ("run away to another city and disappear from them", probe11):
    # the evasion the going_dark answer speaks to, not a wish to be gone.
    r"\bdisappear(ing)? from (them|the collectors|collectors|the lenders?|jiebei|alipay|the app)\b"
    r"|\b(run|ran|running) away (to|from) (another|a different|the) (city|place|town|province)\b",
    # An accident at the stove or at work ("I burned my hand cooking", probe11), not harm done to oneself.
    # Not arms or wrists, and not when it was on purpose, again, or what helps (review10).
    r"\b(burn\w*|cut|scald\w*) my (hand|finger|thumb)s? (while |when )?(cooking|on the stove|in the kitchen|chopping|ironing|at work|on the oven)\b"
    r"(?!.{0,40}\b(on purpose|deliberately|again|helps?|feel|deserve|because|hurt less|so (it|that)|inside)\b)",
    r"(做饭|炒菜|切菜|烧饭|干活|上班)(时|的时候)?(不小心)?(烫|切|割)(到|伤)(了)?(手|手指)(?!腕)(?!.{0,12}(故意|又|好受|舒服|活该))",
    r"压死(我|人)?(了|啦)?\W*(?=哈哈|呵呵|hhh|lol|😂)",  # "要被房贷和借呗压死了哈哈": a burden, laughed at
    # crushed by a debt or a bill, said of the burden ("要被借呗压死了", "房贷压死人"): not death
    r"被\S{0,10}(债|贷|借呗|花呗|网贷|账单|利息|钱|工作|压力|生活|日子)\S{0,4}压死(我|人)?(了|啦)?|(债|贷款|借呗|花呗|网贷|账单|利息|房贷|车贷)\S{0,4}压死(我|人)?(了|啦)?",
    r"宁(愿|可|肯)?死也",  # "rather die than let colleagues know": a statement of reluctance
    r"想死(你|他|她|你们)(了|啦)",  # "I miss you so much"
    FAREWELL_TO_PASTIME,  # a goodbye to an app, a game or a habit, not to people or the world (pastimes.py, safe49)
    r"想死的心都有",  # a set phrase of exasperation ("I could just die"), said of interest rates
    r"(征信|信用|芝麻分|额度|账户|账号|卡|借呗|花呗|网贷|手机|电脑)(已经|都|全|基本|彻底)?(死|黑)(了|掉)?",
    r"(征信|信用|额度|借呗|花呗|芝麻分)\S{0,4}这辈子",  # "我的信用这辈子就到这了吧": the record, not a life
    r"(我家|我们家|家里|你家)?(那个|这个|的)?死鬼",  # a teasing name for one's spouse  # the record, not the person
    # ...unless the writer agrees with it ("催收叫我去死，他说得对": the words are the writer's own then,
    # read by despair.py; safe12)
    r"(让|叫|骂|喊|逼|要|说)(我|人|你)\S{0,6}(该|去)死" + _NOT_ADOPTED,  # what a collector said: abuse, judged there
    r"(催收|他们|对方|他|她)\S{0,12}(说|骂|讲)\S{0,12}(该死|去死|应该死|不如死|死了才好|(让|叫|要)(我|你)(去)?死|弄死|整死)" + _NOT_ADOPTED,
    # what a collector threatened (催收…还说要让我死): abuse, judged there; never the borrower's own words
    r"(催收|他们|对方|那人|那个人|打电话的人?).{0,14}说(要)?(让|叫)?(我|你)(去)?死|(催收|他们|对方).{0,14}要(我|你)的命",
    r"^\W*(还|又)说(要)?(让|叫)(我|你)(去)?死",  # a clause going on with someone else's words (…，还说要让我死)
    r"\b(collectors?|agents?|caller|they|he|she) (said|says|told me|keeps? saying) (that )?(people like me|i|im|someone like me) (are|is|am|would be|d be|should)"
    r" (better off dead|better dead|should (just )?die)",  # what a collector said: abuse, judged there
    # ...and "said I should just die", "told me I should go and die", unless the writer agrees (safe12)
    r"\b(collectors?|agents?|caller|they|he|she) (said|says|told me|keeps? telling me|keeps? saying) (that )?(people like me|i|someone like me|a person like me) "
    r"(should|ought to|deserve to|might as well) (just |go |go and |all )*(die|drop dead|be dead)\b"
    r"(?!.{0,60}\b(i (totally |honestly |kind of |kinda )?agree|i think so too|(he|she|they)(s| is| are|re|were|was) (probably |maybe )?(right|not wrong)"
    r"|(hes|shes|theyve|he has|she has|they have) (got )?a point|fair enough|cant argue|makes sense|true enough"
    r"|tonight|give (them|him|her) what|ill|i will|im going to|i might|pills|rope|note|jump\w*)\b)",  # ...or answers it with intent
    # Someone else's despair, in the news or in general: 有人因为网贷想不开, 会把人逼到想不开.
    r"(有人|别人|有个人|那个人|新闻里?)\S{0,10}(想不开|自杀|轻生|跳楼|跳河|寻短见)|(把人|让人|逼人)\S{0,4}(想不开|去死|自杀)",
    r"(催收|他们|你们|你|平台|这些人)(都|就|全)?(该|快|赶紧)?去死",  # cursing at others
    r"跳楼价|跳楼(大)?甩卖|不想活在",
    # The names of things (fix78, issue 12): a fairground ride (跳楼机), a way of playing a match or a game (自杀式冲锋,
    # 自杀式铲球) or of a bombing in the news, and the same in English (a "suicidal pass", "suicide sprints" at practice, the
    # film "Suicide Squad"). Only the name is blanked: "坐过跳楼机，现在只想从楼顶跳下去" keeps 跳下去.
    # A jump into water for fun (fix78): into a pool, off a diving board (Cantonese 跳落去 reads 跳下去 by then). Only
    # the jump is blanked, and only in a clause with a pastime word in it (游, 玩水, a match, training, a child) and no
    # word of not coming up, head first, the fastest way or drowning (mend76 after review94: "从泳池跳台跳下去头先着地，
    # 我查过了这样最快", "我想跳落去个泳池唔再上嚟" had lost their crisis; fix78's "跳下去…游泳" went too: 跳下去，不会游泳).
    r"(?![^，。！？,.!?；;\s]*?(?:不再上|唔再上|再也不上|不上来|唔上嚟|不游|头先|头朝下|最快|淹死|沉下|沉到|不挣扎|死))"
    rf"(?:{_PASTIME}[^，。！？,.!?；;\s]{{0,10}}?{_JUMP_IN}|{_JUMP_IN}(?=[^，。！？,.!?；;\s]{{0,10}}?{_PASTIME}))",
    r"跳楼机|自杀式(的)?(冲锋|进攻|袭击|防守|铲球|打法|传球|回传|冲刺|送人头|攻击|爆炸|跑位|突击)",
    r"\bsuicid(e|al) (back ?pass(es)?|pass(es)?|tackles?|sprints?|drills?|lines|squad|squeeze|defending|challenges?|bombing|bomber)\b",
    # Being broke, not a high place: 去天桥底下贴膜, 睡桥洞, 桥洞底下要饭.
    r"(天桥|桥洞|地下通道|立交桥)(底下|下面|下)?(贴膜|摆摊|要饭|乞讨|讨饭|卖唱)|睡(天桥|桥洞|大街|马路)|(住|睡)(在)?桥洞",
    # a farewell to the loans, not to life: "彻底和网贷告别", "goodbye debt"
    r"(和|跟|与|向)(网贷|借呗|花呗|债务?|贷款|欠款|信用卡)\S{0,3}(彻底)?(告别|说再见|再见|拜拜)|(告别|再见了?|拜拜)(了)?(网贷|借呗|花呗|债务|贷款)",
    r"\b(goodbye|bye|farewell) (to )?(my )?(debts?|loans?|jiebei|huabei|online loans)\b|say(ing)? goodbye to (my |these |all )?(debts?|loans?|apps)",  # a fire sale; "不想活在债务里" = wants out of debt
    r"打死|死刑|死缓|死不了|找死|要死要活|死账|死机|死胡同",  # beaten (a parent's threat), sentences, jokes
    r"社死|社会性死亡|全家死光|死全家",
    r"(骂|咒)\S{0,8}死" + _NOT_ADOPTED,  # ...unless taken as right ("骂我怎么不去死，其实他说的有道理", review21)  # public shaming; a collector's curse (abuse)
    r"(逾期|欠钱|网贷|借钱|欠债|还不上)的人\S{0,10}(想不开|自杀|轻生|跳楼|走投无路|活不下去)",  # people in general
    # English: dying to know, to die for, scared/bored to death, die of embarrassment, "killing me"
    # (the interest is killing me), killing my credit, killing time, a deadline, a dead battery or
    # dead end, "my parents will kill me", "I'd kill for a lower rate", "rather die than call".
    # (probe15: a bug, a process or a game's boss killed; 死了十几次 in a game)
    # ("I want to die for real", "dying for real" are no idiom: the mask hid them; fa59)
    r"\bkill(ing)? (this|the|that|a|my) (bug|bugs|process|task|program|app|tab|boss|monster|time|spider|mosquito|fly|cockroach|vibe|mood)\b"
    r"|(?<![想要去过])死了(几|十几|好几|几十|[0-9一二三四五六七八九十两]+)(次|回|遍|把)|kill(ing)? two birds|dying (to|for)(?! real)|(?<!want )(?<!wanna )(?<!going )(?<!ready )to die for(?! real)|die ?hard|(die|dying|died) of (embarrassment|shame|laughter|boredom|hunger|thirst|heat|cold|stress|worry|anxiety)"
    r"|\b(im|i am) dying (here|over here)\b",  # exasperation, said of a fee or a wait
    r"\b(im|i am|were|we are|youre|hes|shes) (so|totally|completely|literally|soo+) dead\b|dead on my feet|(starv|freez)\w* to death",
    r"(scared|bored|worried|sick|frightened|stressed|embarrassed|terrified) (half )?to death",
    # tiredness or hunger as hyperbole, the phrase alone masked ("so tired i could die", 累死 in English;
    # "…maybe i should just die" beside it is still read; review40)
    r"\b(so|too|that) (tired|exhausted|hungry|sleepy) (that )?i could (just )?(die|drop dead)\b"
    r"(?!\W{0,3}(and |but |maybe |honestly |really )?(i (really )?(want|wish|will|would|mean|might|think i (will|should|might))|seriously|not joking|literally|for real))",
    # others driven to it, in general or in a story ("stories about people who were driven to suicide
    # by loan sharks", "a character is driven to suicide"): someone else's despair, not the writer's (safe12)
    r"(?<!\bim )(?<!\bi am )(?<!one of )(?<!of those )(?<!of the )\b(people|someone|somebody|a (man|woman|guy|girl|student|borrower|character)|men|women|borrowers|debtors|characters?|victims|students) (who |that )?(were |was |are |is |got |get |being |have been |has been )?(driven|pushed|forced) to (suicide|kill themselves|take their (own )?lives?)\b",
    # (not one's own death asked for: "just kill me", "someone please kill me", "kill me please"; not "kill me now, I forgot to pay": exasperation; review27)
    r"(?<!\bjust )(?<!please )(?<!\bsomeone )(?<!somebody )\b(kill|kills|killing|killed) (me(?! please)|my|time|it|for|the (interest|vibe|mood))\b",
    rf"\b(my |our |the )?({KIN_EN})s? (is |are |would |will |gonna |going to |literally |d |ll )*kill",
    r"dead ?line|dead (battery|tired|broke|end|serious|set|wrong|last|in the water|meat)",
    r"(battery|phone|laptop|credit|score|record|account|card)s? (is |was |has |just |about to )*(dead|died|die|dying)",
    # ...only with what one would rather die than do said after it: "I'd rather die" alone is a wish (safe22)
    r"rather die(?=.{0,40}\b(than|before|instead)\b)|drop dead|over my dead body|dead to (me|him|her|them)|die (from|of) (stress|worry|anxiety)",
    r"\b(literally |actually )?dying (lol|haha|lmao|rn)|(lol|haha|lmao) ?(im )?dying|im literally dying",
    r"(so|totally|literally|gonna be|going to be) dead (if|when)|\b(lol|haha|lmao|omg|omfg|bruh|oh no) ?(im|i am) dead|(im|i am) dead (lol|haha|lmao)",
    r"jump (on|at) (the|this|that|an?|your|their) (\w+ )?(chance|opportunity|offer|deal|discount|plan)|jump (the gun|ship|through hoops|start)",
    # A limit or pay cut, not a body (safe10: "my jiebei limit got cut again"); tired or busy "to
    # death" (加班加到想死, 累得想死); gone for a weekend with a tent.
    r"\b(limit|credit|credit line|quota|salary|pay|wages?|hours|budget|allowance|price|rate|line|bonus)s? (got |was |were |has been |have been |been |just |is being )*cut\b",
    # Only work and chores: 累得想死 or 烦到想死 said of debts or collectors is despair (review10),
    # and so is "上班被催到想死" (review11: nothing of a collector may stand in between).
    r"(加班|上班|熬夜|堵车|排队|赶工|赶报告|写报告|写论文|复习|考试|开会|带娃)(?:(?!催|债|还|借)\S){0,3}(得|到)\S{0,2}想死",
    # A trade or a business with no future ("开滴滴没出路了", "这行业真的没出路了"), not a life (review10/11).
    r"(行业|这行|生意|实体店|滴滴|外卖|专业|项目|门店|店铺)\S{0,4}没(有)?(任何)?出路",
    # (and somewhere named on the way: "disappear into the mountains for a month of hiking"; safe28). Never into water,
    # onto a bridge or a height ("disappear into the sea for a few days", "to the bridge": review39): no everyday trip.
    r"\bdisappear(?!.{0,24}\b(sea|ocean|river|water|waters|lake|waves|pond|reservoir|canal|dam|deep|bridge|overpass|roof\w*|cliff\w*|ledge|height\w*|tower|top floor|tracks|railway|sky|dark)\b)( (into|to|in|off to) (the |a )?\w+( \w+)?)? (for|over) (a|the|one|two|three|a few|a couple of|this|next) ?(\w+ )?(days?|weekends?|weeks?|months?|nights?|hours?)\b(?!.{0,30}\b((never|not) (come|coming) back|for good|forever|never be found|permanently))",
    r"消失(一|两|三|几|半)(个)?(周末|天|晚|星期|礼拜)(?!.{0,12}(再也|永远|不回来))",  # gone for a weekend, with a tent (safe12)
    # leaving a marriage with the children, told as done ("离婚以后我带着孩子一起走了"; review21): a move
    r"(离婚|离了婚|分手|分居)(以后|之后|后|了)?\S{0,4}带着(孩子|女儿|儿子|娃|俩孩子|两个孩子)(们)?\S{0,2}一起(走|离开|搬出来|搬走)了(?!\S{0,4}(算了|吧))",
    # pinching oneself to be sure one is awake ("我掐了一下自己不是做梦", "I pinched myself"): disbelief (safe16)
    r"掐(了)?(一下|一把|两下)?(我)?自己\S{0,8}(是不是|不是|确认|看看)?\S{0,2}(在)?做梦|\bpinch(ed)? myself\b",
    r"live (in|with) (debt|this debt|fear|this fear)|(at )?(the )?end of my (rope|tether)",  # exhaustion, said of reminders
    # a shift volunteered on a suicide hotline: the writer's work, not the writer (safe28)
    r"\b(volunteer\w*|work\w*|shifts?|train\w*|answer\w* (calls|phones)) (on|at|for|with) (a |the )?suicide (hotline|helpline|prevention)( line| charity| centre| center)?\b",
    # An ordinary ending named by what ends (safe33): the last day at a job, of a lease or a shift, the last time
    # borrowing on an app, a goodbye to one's staff or old job, the end of an exam. Only the phrase is masked:
    # "上班的最后一天，也是我活着的最后一天" and "my last day at work and my last day, period" keep their own words.
    # (never a last night where one lives: "my last night in this apartment. they'll find me tomorrow" stays a farewell)
    r"(上班|工作|实习|打工|租房|租约|合同|宽限期|试用期|营业|站岗)\S{0,2}的?最后一(天|周)|单身\S{0,2}的?最后一(天|晚|个晚上)"
    r"|在(这家|这个|这间|公司|店|厂|单位|学校|站|工地|医院)\S{0,10}?(上班|工作|干|做)\S{0,2}的最后一(天|周)"
    r"|最后一(次|回)(用|借|使用|登录|登|打开)(一次|一下)?(借呗|花呗|网贷|信用卡|白条|微粒贷|这些?(借贷|贷款)?(软件|app|平台))",
    r"\b(my |the |our )?(last|final) (day|shift|week) (at|of|in|on|with) ((this|my|the|our|that) (\w+ ){0,2})?"
    r"(job|work|office|restaurant|shop|store|company|factory|warehouse|firm|lease|flat|apartment|house|place|contract|team|school|site|depot|café|cafe|bar)\b"
    r"|\b(last|final) (day|shift) (ill|i will|i) (have|work|be at) (this|my|the) (job|shift|work|office)\b"
    r"|\b(last|final) night as a (single|free) (man|woman|guy|girl)\b",
    r"\b(said|say|saying|says) (my )?goodbyes? to (my |the |our |all (of )?(my |the |our )?)?(staff|team|crew|employees|workers|customers|regulars|students|classmates|coworkers|co workers|colleagues|neighbou?rs|landlord|roommates?|flatmates?|boss|manager|supervisor)\b"
    r"|\b(this is|its|so long|time to say) goodbye to (my |the |this |our )?(old |former )?(job|work|office|team|city|town|flat|apartment|house|school|desk|colleagues|coworkers|neighbou?rs)\b",
    # worked hard "to death", "killing myself working double shifts": exhaustion, not a death (safe33)
    r"\b(worked|working|work|works|overworked) (\w+ ){0,2}to death\b|\bkilling myself (working|at work|at (this|my) job|with (work|overtime|(double |night |extra )?shifts)|to (pay|keep up|make rent|cover))\b",
    # an exam or a shift done tonight ("after my final exam tonight I'm done"): the task over, not the writer
    r"\b(after |once )?((my|the|this) )?(final |last |big )?(exams?|finals|shift|tests?|presentation|deadline|paper|thesis|essay|interview|packing|move|report)( is)? tonight,? (and )?(then )?(im|i am) done\b",
    # "nearly crushed" said alone (快被压死了): the burden named or not, crushed is strain (safe33)
    r"(快|都快|要|快要)被\S{0,4}压死(了|啦)?",
    # a goodbye said to the interest or the debt ("I'll pay it all off tonight. Goodbye, interest!"; safe28)
    r"\b(goodbye|bye|farewell)\W{0,3}(to )?(my |the |you )?(stupid |damn |high )?(interest|debts?|loans?|jiebei|huabei|fees|late fees|credit cards?|overdraft|borrowing)\b",
)


# "I could just die lol": a could or would, laughed at right after it, is exasperation (safe25); not "I want to die lol".
# Masked only when nothing else in the text says it is meant (review34: "I could just die lol. not joking", "…. the rope
# is in the closet", "…, I've got nothing left"): earnestness, a plan, a note, a means or nothing left (_MEANT).
LAUGHED_DIE = (r"\bi (could|would|might) (just |literally |actually |honestly |seriously )?die\b(?=\W{0,3}(lol|haha\w*|lmao|rofl|hehe|jk)\b)"
               r"|\b(lol|haha\w*|lmao) ?i (could|would|might) (just |literally |actually )?die\b")
_LAUGHED_DIE = regex(LAUGHED_DIE)
# "this loan will be the death of me", "if my wife finds out I'm a dead man": trouble foretold, not a death (safe28).
# Masked on the same terms as the laugh (nothing in the text says it is meant: _MEANT); "…the death of me, I've got
# the pills" and "I'm a dead man, the rope is ready" keep their words.
# (only "the death of me" said in the present or past: "this is the end of me" is a farewell, not trouble foretold; review39)
DEATH_OF_ME = (r"\b(will|would|gonna|going to|ll|could|might|be) (be |being |been )?the (death|end) of me\b|\b(is|has been|was) the death of me\b"
               r"|\b(im|i am|ill be|i will be) (a )?dead (man|woman|meat)\b(?=.{0,60}\b(if|when|once)\b)"
               r"|\b(if|when|once)\b.{0,60}\b(im|i am|ill be|i will be) (a )?dead (man|woman|meat)\b")
_DEATH_OF_ME = regex(DEATH_OF_ME)
_MEANT = regex(r"\b(not joking|not kidding|no joke|mean it|meant it|i mean that|seriously|serious|honestly|for real|really (would|could|might|will|do)"
               r"|want to|wanna|going to do it|gonna do it|do it|tonight|plan\w*|note|letters?|goodbye|rope|pills?|tablets|bridge|roof|gun|knife|blade"
               r"|ledge|jump\w*|nothing left|nothing to live for|no reason|no point|thinking about it|thought about it|been thinking|end it|kill myself|suicid\w*"
               # a means or its aftermath asked or told after the laugh (review37: "…, my family would get the insurance money",
               # "…. which building in my city is tallest")
               r"|insurance|life cover|tallest|highest|tall building|building|rooftop|overdose|sleeping|river|train|tracks|cliff|will be better|better off|gone"
               # ...or a farewell said beside it (review39: "…the death of me. sorry mum", "…, thank you for everything")
               r"|sorry (mum|mom|dad|everyone|all|guys|mama|papa)|thank(s| you) for everything|forgive me|i love you|take care of (mum|mom|dad|my|the kids|yourself))\b")


# Characters one of which every idiom contains (bot.patterns_needs): most clauses have none.
_IDIOMS_NEED = needs(IDIOMS)
_GUARDED_IDIOMS = Guarded(IDIOMS)  # ...and its branches: a long text passes the first test (speed only)
# ...and the substitution run with only the idioms the text can hold, one at a time (~0.7 ms less on a long message; speed only)
_IDIOMS_EACH = Alternatives(IDIOMS)


# 跳楼 laughed at in a game's talk ("队友说我菜得可以去跳楼了 哈哈", "被打死了 气得想跳楼哈哈"; safe36): only the jump is
# blanked, and only with the game named before it and the laugh right after; any other words between stay read
# ("玩游戏输了 又欠了债 不想活了 想跳楼哈哈" keeps 不想活了). The bill laughed at ("账单看得我想跳楼 哈哈") is not a game.
_GAME_JUMP = regex(r"((?:游戏|王者|吃鸡|开黑|段位|上分|排位|掉分|队友|对面|落地成盒|送人头|副本|打团)[^□]{0,30}?)"
                   r"(?:气得|菜得|可以去|要去|要|想|去)*跳楼(?:了|吧|啦)?(?=\s*(?:哈哈|呵呵|hhh|233))")


def played(window_text: str, whole: str) -> str:
    """The window with a game's laughed-at 跳楼 blanked when the game is named earlier in the message (``whole``,
    folded) than the window holds: only that jump, found at its own place in the message, is blanked. Living named
    with a manner is read with the message's way out too (degree.lived, Round 124)."""
    window_text = lived(window_text, whole)
    if "跳楼" not in window_text:
        return window_text
    jumps = [(game.end(1), game.end()) for game in _GAME_JUMP.finditer(whole)]
    at = whole.find(window_text)
    while jumps and at >= 0:
        inside = [(a - at, b - at) for a, b in jumps if at <= a and b <= at + len(window_text)]
        if inside:
            for a, b in reversed(inside):
                window_text = window_text[:a] + " □ " + window_text[b:]
            return window_text
        at = whole.find(window_text, at + 1)
    return window_text


@lru_cache(maxsize=256)  # the same window is masked by the rules and by the learned reader (within one message)
def masked(text: str) -> str:
    """The folded text with benign hyperbole and idioms blanked out (first those read by grammar: degree.py)."""
    return masked_as_trained(blanked(text))


def masked_as_trained(text: str) -> str:
    """``masked`` without degree.py's grammar: what the learned readers were trained on (fa225, Round 118). The
    grammar blanks phrases at reading time only, so adding it leaves the detectors' weights as they were (a retrain
    on newly blanked examples moved unrelated scores: a lost crisis, a new false alarm)."""
    if "跳楼" in text:
        text = _GAME_JUMP.sub(lambda game: game.group(1) + " □ ", text)
    if "die" in text and _MEANT.search(text) is None:
        text = _LAUGHED_DIE.sub(" □ ", text)
    if ("death of me" in text or "end of me" in text or "dead m" in text) and _MEANT.search(text) is None:
        text = _DEATH_OF_ME.sub(" □ ", text)
    if _IDIOMS_NEED is not None and _IDIOMS_NEED.isdisjoint(text):
        return text  # no idiom can match: the substitution would change nothing
    if not _GUARDED_IDIOMS.may_match(text):
        return text
    return _IDIOMS_EACH.sub(" □ ", text)


def masked_whole(message: str) -> str:
    """The whole message folded and masked, as the crisis cues read it, with its sentences noted for the cues that
    read an everyday reason in the window's sentence (cue.Cue.reach; the folded message keeps no punctuation)."""
    whole = masked(fold_clause(message))
    note_sentences(whole, lambda: tuple(masked(fold_clause(part)) for part in raw_sentences(message)))
    return whole
