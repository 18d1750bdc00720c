"""Farewells said in new ways and an ending of one's life set in time (safe27, issue 12 round 20).

An independent set still missed crises of three kinds: farewells with no word of death in them
(thanks for everything and no more trouble from me, a goodbye to everyone, "don't wait for me any
more", "leaving this world", affairs put in order), and an ending set at a time ("过了今晚，这些债就跟
我没关系了", "after tonight they can't call me anymore", "before the due date I'll be gone"). Round 17
gave an ending with no subject but everything ("今晚以后就都结束了") the check-in line; what these
cues read is narrower: the writer out of reach of the debt, the calls or everyone, at a set time.

Each cue names the everyday reading it leaves alone: a loan paid off or an account closed, a new
number, a move, a trip, a new job, a problem solved, a colleague or a city left.
"""

from __future__ import annotations

from ..patterns import regex
from ..records import replace
from .clauses import KIN_EN, any_of
from .cue import Cue
from .scenes import CHORES, HIGH_ZH, PLACE_ZH

# A set time: tonight, after tonight, tomorrow on, payday, the due date, a weekend, month's end, dawn.
_WHEN_ZH = (r"(今晚|今天晚上|今夜|过了今晚|今晚过后|明天(以后|之后|过后)|明早|天亮(之前|以前|以后|前)|这个?周末|过完(这个)?周末"
            r"|月底|月末|(发|领|拿)(了|完|到)?工资|还款日(之前|以前|前|那天)?|下(个)?(周|星期|礼拜)[一二三四五六日天]?(之前|以前|前)?"
            r"|[0-9一二三四五六七八九十]+号(之前|以前|以后|之后|前|后)?)")
_WHEN_EN = (r"(tonight|after tonight|by (tomorrow|morning|the morning|this time tomorrow|the weekend|the end of the (week|month))"
            r"|this time tomorrow|when the sun comes up|before (morning|dawn|sunrise|the (due date|next (payment|bill|due date))|it(s| is) due)"
            r"|(after|once|when) (payday|the (salary|wages?|pay) (comes|is in|arrives)|the \d+(st|nd|rd|th)?)|after the \d+(st|nd|rd|th)?"
            r"|this weekend|by friday|(after|before) (the )?(due date|next billing cycle))")

# The writer out of reach of the debt, the callers or everyone (zh): the debt no longer theirs, nobody
# chasing them any more, nobody finding them, the world one fewer.
_OUT_OF_REACH_ZH = (r"(债|钱|欠款|借呗|网贷|这些|一切|所有)\S{0,4}(就|都|也)?(跟|和|与)我(再)?(没|没有|无)(任何)?关系了"
                    r"|(不会(再)?|再也(不会|没))有人(再)?(打电话)?(来)?(催|找|骂|烦)我(了|还)?"
                    r"|(谁|任何人)(也|都)(找不到|联系不到|联系不上)我"
                    r"|(世界上|世上)\S{0,2}(就)?少(了)?一个")
# Everyday readings beside them: a loan paid or closed, a number changed, a move or a trip, a job left.
# ...told, not asked ("借呗的事就跟我没关系了吗？", "是不是就没人催我了"): a question about the debt is a loan question.
_TOLD_ZH = r"(?!\S{0,3}(吗|么|嘛|呢))"
_EVERYDAY_ZH = regex(r"(?<![不没])(还清|还完|结清|还上|还掉|上岸|还了|付清|补齐|补上|凑齐|凑够|全还|全部还)|帮我还|替我还|一次性(还|付|结)"
                     r"|退出\S{0,4}群|退群|群里|注销|销户|不(再)?(用|借)(借呗|网贷|了)|不借了|换(了)?(手机|号|号码)|新号|拉黑|屏蔽"
                     r"|出国|出差|搬家|调(我)?去|入职|离职|辞职|旅游|回老家过年|代偿|担保人|协商(好|成功)|分期(好|成功|办好)|停息挂账(办|成)")
_WHEN_ZH_RE = regex(_WHEN_ZH)

# The writer out of reach, in English: gone, not here, no one's problem, done for good, owing nobody.
_DEBTS_EN = r"(this |these |the |my |that |those )?(loans?|debts?|jiebei|huabei|apps?|borrowing|lenders?|payments?|bills?)"
_OUT_OF_REACH_EN = (rf"\b((ill|i will|im going to) be gone|((ill|i will) be|(im|i am)) done,? for good(?! with {_DEBTS_EN})"
                    r"|none of (this|it) (will be|is going to be|wont be) my problem|(they|nobody|no one) (cant|can not|wont be able to|will not be able to|will never) (call|reach|find|chase|bother) me"
                    r"|(i|ill) (wont|will not) owe (anyone|anybody|anything)|(i|ill) (wont|will not) be (here|around|alive))\b")
_EVERYDAY_EN = regex(r"\b(paid (it |this |them |everything )?off|pay (it |this |everything )?off|repaid|clear(ed)? (the|my|this|it)|settl\w*"
                     r"|pay (it all|all of it|everything|the (whole |full |rest of the )?(balance|amount|loan|debt|rest))"
                     r"|covers? the (whole|full|rest|balance|loan|debt)|switch\w* (my |to a new |to another )?(phones?|numbers?|sims?|carriers?)|clos(e|ed|ing) (the|my) account"
                     r"|stop using|new (number|phone|sim)|chang\w* (my )?(number|phone|sim)|block(ed)? (them|the|their)"
                     r"|mov(e|ing|ed)|trip|travel\w*|flight|fl(y|ying|ew) (to|home|back|out)|holiday|vacation|abroad|new job|start\w* (at|a new)|quit\w* (my|the) job"
                     r"|done with (this|the|my) (loan|debt|app|account|job)|debt ?free|done paying|gone (on|for|to) (a|the|my|work|holiday|vacation|the office))\b")
_WHEN_EN_RE = regex(rf"\b{_WHEN_EN}\b")

# A while away, said with it: a trip, a shift, a stay in hospital, a weekend, a time it ends.
_AWHILE_EN = regex(r"\b(while|until|till|trip|travel\w*|flight|holiday|vacation|shift|work|office|meeting|appointment|hospital|surgery"
                   r"|exam|interview|weekend|week|tonight|today|tomorrow|few (days|hours)|hour|minute|away|out of town|back|running late|abroad|busy)\b")

# Asked of someone (please, just, can you, or the clause's first words), and whom: kin or a pet.
_ASKED_OF = r"(^\W*|\b(please|pls|plz|just|so|and|can you|could you|will you|promise (me )?(youll|you will|to)) )"
_LOOK_AFTER = rf"(look after|take care of|watch over|care for) (my |our |the )?({KIN_EN}|kids|children|dog|cat|pets?)"

_ENDINGS = (
    # An ending set in time, with the writer out of reach of it all (zh and en): the time in the window.
    Cue("farewell", any_of(rf"{_WHEN_ZH}\S{{0,6}}\s?\S{{0,8}}({_OUT_OF_REACH_ZH}){_TOLD_ZH}", rf"({_OUT_OF_REACH_ZH}){_TOLD_ZH}.{{0,4}}$"),
        unless=regex(_EVERYDAY_ZH.pattern + r"|是不是|会不会|能不能|是否"), requires=_WHEN_ZH_RE),
    Cue("farewell", any_of(rf"\b{_WHEN_EN}\b.{{0,60}}{_OUT_OF_REACH_EN}", rf"{_OUT_OF_REACH_EN}.{{0,40}}\b{_WHEN_EN}\b"),
        negatable=True, unless=_EVERYDAY_EN, hides=True),
    # Leaving this world, in English ("I'm leaving this world soon"): not the world of a job or a game, and the
    # writer the one leaving (the message's first words, or I / me / my a few words before, no one else between):
    # "my dad left this world in March" asks about his loan.
    Cue("farewell", any_of(rf"(^\W*|\b(i|im|id|ill|i am|i will|me|my|myself)\b((?!\W+({KIN_EN}|he|she|they|his|her|their|dog|cat|pets?|someone|somebody|people)\b)\W+\w+){{0,4}}?\W+)"
                           r"(leav(e|ing)|left|exit(ing)?|depart(ing)?) (this|the) (world|earth)\b(?! of\b)(?!.{0,20}\b(behind|for a while|for a bit|for (a|the) (week|weekend|day)))"),
        negatable=True, unless=regex(r"\b(game|server|app|chat|group|forum|industry|business|career|stage)\b")),
    # Thanks to everyone, and no more trouble from me from now on ("这段时间谢谢你们所有人，以后就不麻烦大家了"),
    # unless the trouble ended because the matter is solved or handed to someone else.
    Cue("farewell", any_of(
        r"谢谢(你们|大家|所有人|各位)\S{0,12}\s?\S{0,4}(以后|今后|从此|往后)(就|也|都)?(不会|不)(再)?(麻烦|打扰|拖累|连累)(大家|你们|任何人|各位)了",
        r"(以后|今后|从此|往后)(就|也|都)?(不会|不)(再)?(麻烦|打扰|拖累|连累)(大家|你们|任何人|各位)了\S{0,2}\s?\S{0,4}谢谢(你们|大家|所有人|各位)"),
        # (a question answered, 95188 to ask next, the money found; 换 only of a number, a job or a place)
        unless=regex(r"解决|搞定|弄好|办好|明白|懂了|会了|知道了|清楚了|学会|自己(来|去|处理|搞)|客服|问别人|群|退出|离职|辞职|搬|毕业|出国|调走|回老家"
                     r"|解答|回答|答复|95188|去问|问问|凑齐|凑够|还清|还上|还完|付清|换(了|个)?(号|手机|工作|地方|城市|平台)")),
    # A goodbye to everyone at once (跟所有人告个别, 向大家道别): not to a city, a school, a job or a group.
    # A goodbye to the world is never a move's or a send-off's: the message-wide readings below had cleared
    # "跟这座城市道别，也和这个世界道别" for its 城市 (safe40); only a break from going online or a while away is everyday.
    Cue("farewell", any_of(r"(跟|向|和|对)(全世界|这个世界)(都|也)?(告(个)?别|道(个)?别|说(声|一声|句)?再见)"),
        unless=regex(r"一段时间|一阵子|几天|暂时|朋友圈|微博|抖音|社交|网络|网上|游戏|手机"), unless_nearby=True),
    Cue("farewell", any_of(r"(跟|向|和|对)(所有人|大家|每个人|所有的人)(都)?(告(个)?别|道(个)?别|说(声|一声|句)?再见)"),
        # (…or to a chat for today: signing off, back tomorrow, everyone wished out of debt)
        unless=regex(r"出国|出差|回老家|搬|旅游|飞机|火车|高铁|上学|读书|留学|毕业|离职|辞职|退休|入职|公司|学校|城市|单位|群|班|宿舍|同事|明天见|下次见|回见"
                     r"|下线|先撤|先走了|晚安|明天再|下次再|改天|回头再|再来|早日上岸")),
    # Don't wait for me any more, for good ("以后都不用等了"): not dinner tonight or a late shift.
    Cue("farewell", any_of(r"(以后|从此|今后|往后)(都|就|也|再也)(不用|不必|别|不要)(再)?等(我)?了\W*$"),
        unless=regex(r"加班|公司|食堂|外面吃|自己吃|先吃|晚点|今晚|出差|上班|夜班|值班|学校|宿舍|搬")),
    # Those left behind handed to someone, in English ("please look after my mum for me", "take care of the kids for
    # me, I won't be able to"), as 帮我照顾好我妈 is in Chinese: not for a trip, a shift, a weekend or a while.
    Cue("farewell", any_of(
        rf"{_ASKED_OF}{_LOOK_AFTER}( for me)?\W*$",
        rf"{_ASKED_OF}{_LOOK_AFTER}( for me)?\b.{{0,30}}"
        r"\b(i (wont|will not|cant|cannot|can not) (be able to|be there|do it)|any ?more|(when|after|once) (im|i am) gone)\b"),
        negatable=True, unless=_AWHILE_EN),
    # A jump weighed at a height ("站在窗户边上想了很久要不要跳"): the height in the window, the jump not a job's,
    # a queue's or a sport's (跳槽, 跳过, 跳舞, 跳绳, 跳水).
    Cue("place", any_of(rf"({PLACE_ZH}|{HIGH_ZH}).{{0,16}}(要不要|该不该|敢不敢|能不能|想不想)(往下)?跳(?![槽过舞绳级单伞水远高])(?!\S{{0,5}}(公司|单位|行业|岗位|部门|平台))"),
        unless=CHORES, unless_nearby=True),
    # What comes after handed over ("跟我妹交代好了后面的事", "身后的事都托付给他了"): not work handed over before
    # leave, a trip or a stay in hospital.
    Cue("farewell", any_of(r"(交代|交待|托付|安排|嘱咐)(好|清楚|完)?(了)?(我)?(后面|身后|以后|剩下|之后)的事|(后面|身后|剩下|之后)的事\S{0,4}(都|全)?(交代|交待|托付|安排)(好|清楚|完)?(了|给)"),
        unless=regex(r"工作|交接|项目|休假|假期|出差|离职|辞职|请假|产假|住院|手术|旅游|出国|培训|考试|搬家|装修|婚礼|结婚|协商|分期|延期|停息")),
    # Affairs put in order for those left: a will signed beside a pet or things handed over.
    Cue("farewell", any_of(r"\b(my|the) will (is|has been) (signed|written|done|ready|sorted)\b.{0,60}\b(dog|cat|pets?|goes to|go to|passwords?|pins?)\b"),
        unless=regex(r"\b(trip|holiday|vacation|travel\w*|retire\w*|lawyer said|estate planning)\b")),
    # Following one who died (safe33): "I want to join her tonight", "going to follow my grandpa", in a message that
    # tells of a death (the words of a death are what cancel death_talk there: a late grandmother is a benign reading).
    # Not joining someone at a party, a trip, a team or a call.
    Cue("farewell", any_of(r"\b(want|wanna|going|gonna|wish i could|ready|planning|need|time) (to )?(go )?(join|follow) (her|him|them|my (late )?"
                           r"(mum|mom|mother|dad|father|grand\w+|nan|nana|granny|gran|wife|husband|brother|sister|son|daughter))\b"
                           r"(?! (at|for|on|in|to) (the |a |her |his |their )?(party|dinner|lunch|trip|holiday|company|team|club|gym|class|call|meeting|wedding|new|office|city))"),
        requires=regex(r"\b(died|passed|dead|death|gone|lost (her|him|them|my)|funeral)\b")),
    # ... and being with, finding or keeping company with one who died ("我妈不在了，我想去找她", "奶奶去世了，我想去陪她",
    # "My mum passed away, I want to go be with her"; the lead, s15: answered as a loan or family question), said by
    # the writer ("催收会不会找我妈" is the lender's doing). Not a visit, a meal or a hospital stay ("想去医院陪她"),
    # and only where the message tells of a death.
    Cue("farewell", any_of(r"我(?:也|就|真|真的|好|只|还|都|很|很快|马上|处理完|安排好|忙完|现在|今天|今晚|其实|一直|只是|真心|特别|好想)*(?:想|要|打算|准备|就|会)(跟着|随)?(去|下去|会去)?(陪|找|见)(她|他|他们|我(的)?(妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老婆|老公|妻子|丈夫|儿子|女儿|孩子|哥|姐|弟|妹)\S?)"
                           r"(?!\S?的)(?!\S{0,6}(玩|吃|逛|旅|看病|住院|医院|聊|商量|说|一趟|一面|最后一面|最后一程|几天|一会|一下|葬礼|墓|坟|扫墓|上坟|烧纸))",
                           r"随(他|她|他们)(一起)?(去|走)(?!\S{0,4}(吧|呗|好了))|(跟|和|陪)(他|她|他们)一起(走|去)(?![过的了])(?!\S{0,6}(玩|吃|逛|旅|医院|看|办|买|上班|上学))|我也(想|要)?不在了|我也想(走|离开这个世界)",
                           r"\b(want|wanna|going|gonna|wish i could|ready|need) (to )?(go (and )?)?be with (her|him|them|my late "
                           r"(mum|mom|mother|dad|father|grand\w+|nan|nana|granny|gran|wife|husband|brother|sister|son|daughter))\b"
                           r"(?! (family|folks|kids|children|side|friends|husband|wife|parents|mum|mom|dad)\b)"
                           r"(?! (at|for|on|in) (the |a |her |his |their )?(hospital|party|dinner|funeral|grave|service|trip|holiday|weekend|home|house))"),
        # (not where the one to be with is alive and unwell, or a friend grieving: "我老公住院了，我想去陪他。他爸前年去世了",
        # "我朋友的妈妈走了，我想去陪她"; review44. This clears this cue alone, never another reader's crisis.)
        unless=regex(r"住院|生病|病了|手术|朋友|同学|同事|闺蜜|室友|\b(in hospital|is sick|is ill|surgery|friend|friends|colleague|roommate)\b"),
        requires=regex(r"去世|过世|不在了|离世|死了|走了|没了|葬礼|火化|下葬|头七|\b(died|passed|dead|death|gone|lost (her|him|them|my)|funeral)\b")),
    # Not wanting to stay in this world (the lead, s15: "他不在了，我也不想留在这世上了" had been read by the learned reader
    # alone, which a grief word beside it silences). Not a city, a job or a group.
    # (review73: the topicalised "这个世界我也不想待了", "这世界我待够了", "不想再待在这个世界了" had no rule at all: the
    # learned reader alone caught them, and a loan word beside them routed the message to the loan; mend64.)
    Cue("farewell", any_of(r"不(想|愿|愿意|打算)(再)?(留|活|待|呆|停留)在(这个|这)?(世上|世界上|人世|人间|世间|世界(?![级杯各地名上]))",
                           r"(这个|这)(世界|世上|人间|人世|世间)(上)?(我)?(也|都|是|真的|实在|已经|早就|反正|就|一天|一秒|一分钟|一刻)*(不想|不愿|不愿意|不打算|不要)(再)?(待|呆|留|活|停留)(?!的)"
                           r"|(这个|这)(世界|世上|人间|人世|世间)(上)?(我)?(也|都|真的|实在|已经|早就)*(待|呆|活)(够|腻)了",
                           r"\b(do ?n['’]?t|do not|dont) (want|wanna) (to )?(stay|be|live|remain|exist) (in|on) (this|the) (world|earth)\b"
                           r"(?! (cup|class|tour|map|series|record|stage)\b)"
                           r"|\bthis world,? i (do ?n['’]?t|dont|do not) (want|wanna) (to )?(stay|be|live)\b"
                           r"|\b(i'?m|im|i am) (so |just |honestly |really |completely |totally )*done with (this|the) (world|life)\b"
                           r"|\b(done with|had enough of|tired of) (living|being alive)\b")),
    # Into the water and not coming up, said of oneself, at a river or a lake where a chore or a walk set the place
    # cue aside (scenes.CHORES_ZH: "在河边散了一会儿步，看着河水真想走进去再也不上来了"; safe33).
    Cue("place", any_of(r"(走|跳|沉|泡)(进|到|入)\S{0,4}(去|水里|河里|江里|海里|湖里|水库)\S{0,8}(再也|永远)?(不|别)(想)?(上来|出来|回来|起来)"
                        r"|(看着|盯着|望着)\S{0,4}(河水|江水|海水|湖水|水面)\S{0,6}(真|就|好|很)?想(走|跳)(进去|下去)")),
)

# A cancelled ending sets its window aside only where the benign reading is in that window (cue.Cue.aside_nearby):
# these cues were added beside the readers that lean, and their benign readings are read anywhere in the message,
# so the window that holds the ending alone is left to those readers as it was before the cue existed (safe29).
ENDINGS = tuple(replace(cue, aside_nearby=True) for cue in _ENDINGS)


__all__ = ["ENDINGS"]
