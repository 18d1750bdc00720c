"""Farewells told with those left behind, and what a person in danger does or leaves (safe6,
issue 12 round 5).

"我走了以后你们别难过" only got the check-in line: 走了 is also leaving for work or study, so a bare
走了 cannot be a cue. What makes it a farewell is what comes with it: the ones left behind told not
to grieve, not to look, to look after mum; a letter or a recording left for them; a place "with no
debts"; contacts deleted; someone gone with the phone off after saying sorry. Each cue names the
everyday reading it leaves alone (a job, a school, a move, a trip, a prescription).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_ZH, any_of
from .cue import Cue
from .scenes import TIME_EN

# Where a leaving goes or what it is for: then it is a journey, not a farewell.
_JOURNEY_ZH = regex(r"出国|出差|回老家|搬家|旅游|飞机|火车|高铁|打工|上班|上学|读书|留学|读研|当兵|工作|实习|外地|面试|毕业|开学|回来")

FAREWELLS = (
    # Leaving told with those left behind: "我走了以后你们别难过", "别难过，照顾好妈" (safe6). 走了 is also
    # leaving for work or study, so not where the message says where to or what for.
    Cue("farewell", any_of(
        r"(走|不在|离开)(了)?(以后|之后|后)?\s?.{0,8}(千万)?(别|不要|不用)(为我|替我)?(难过|伤心|哭|想我|找我|挂念|惦记|替我还|为我还)",
        r"(别|不要)(为我)?(难过|伤心|哭)\S{0,2}\s?.{0,8}(照顾好|好好照顾|替我照顾)(妈|爸|爸妈|孩子|老人|家里|他们)",
        rf"(写|留)(好|了)(了)?(给|留给)(我)?({KIN_ZH})的(一封)?信",
        r"(要|想|准备)?去一个(再也)?没有(债|痛苦|烦恼|压力|催收|欠款)的地方(?!.{0,6}(生活|重新|开始|工作|打工))"),
        unless=_JOURNEY_ZH),
    # What a person in danger does or leaves (safe6 rounds w-y): records burned, a last look at a
    # child, an attempt not dared or survived before, no wish for tomorrow, recordings or words left
    # for each child, contacts deleted, a ligature hung, a blade "not for shaving".
    Cue("farewell", any_of(
        r"不想留下任何(东西|痕迹)|(日记|信|照片)\S{0,4}(全|都)?烧(掉|了)|(日记|信)\S{0,4}(全|都)(删|扔)了|想多(看|记住|陪)(他|她|你们|孩子|儿子|女儿)?(一点|几眼|一会)|以后(就|再也)?(看不到|见不到)(他|她|你们|孩子|儿子|女儿)?了",
        r"(最后|还是|终究)\S{0,2}(没敢|下不去手|没下得去手)$|(我)?(已经|怕是|恐怕)?等不到(那一天|那天|好起来的那天)了",
        r"(火化|骨灰|后事|葬礼|墓地).{0,16}(给自己|自己的)|(提前)?给自己.{0,8}(火化|后事|葬礼)|(天|几天)没吃(饭|东西)?.{0,12}(不打算|不想|不准备)(再)?吃了",
        r"药\S{0,4}(都|全)?停了.{0,12}(没用|没意义|无所谓|反正)|瞓(唔|不)(返)?醒|(剩|只剩)(下)?我一个(人)?(了)?\s?\S{0,3}(正好|刚好|这样就好)",
        r"(做完|了结|结束)(了)?(就|以后)?(谁也|再也)?不欠(谁|任何人|你们)?了|(连)?明天(都|也)不想要了",
        rf"给(我的?)?(每个|每一个|几个|两个|三个)?({KIN_ZH})(都|各)?(写|留|录)(了|好)(一段|一封|几句)?(话|信|视频|录音)",
        r"(其实|心里)?我(知道|清楚)(我|自己)(再也)?回不去了|(联系方式|联系人|好友|微信好友)\S{0,6}(都|全)(删|拉黑)了|(刀片|绳子|炭|安眠药|农药).{0,16}问(我)?是不是",
        r"(要是|如果|万一)(我)?(这次)?(没|没有)?(挺|撑|熬)(过去|不过去).{0,20}(告诉|转告|帮我)|告诉(我)?(女儿|儿子|孩子|妈|爸|爸妈)\S{0,4}(妈妈|爸爸|我)?(爱她|爱他|爱你们|对不起)",
        r"(皮带|腰带|围巾|电线|数据线)\S{0,4}(挂|绑|系)(到|在|上)|(对不起你们|对不起大家|爱你们).{0,30}(关机|联系不上|找不到人|打不通)",
        r"(被救|救回来|救过来|抢救|洗胃).{0,16}(这次|这一次)|梦(见|到)(自己)?(沉下去|跳下去|淹死|掉下去|死了).{0,16}(想|真的)"),
        unless=regex(r"医生|医嘱|处方|感冒|发烧"), unless_nearby=True),
    # Sorry or love passed on to the family through someone else ("替我跟我妈说声对不起"; English
    # "tell my mum I'm sorry" is in despair_en.py): a last word left for them (safe11), unless it
    # says what for (a birthday forgotten, dinner missed, working late).
    Cue("farewell", any_of(
        rf"(替|帮)我(跟|向|和|给|对)(我)?(的)?({KIN_ZH})(说|道)(声|一声|句|一句)?(对不起|抱歉|我爱(她|他|你们)|再见|保重)"),
        unless=regex(r"忘了|忘记|生日|吃饭|回去|回家|迟到|晚点|加班|没接|语气|吵|惹|礼物|今晚不")),
    # Someone gone with the phone off after saying sorry or goodbye ("说了一句对不起你们就出门了，到现在没回来，电话关机").
    Cue("farewell", any_of(r"(没回来|没回家|不见了|找不到(他|她|人))\S{0,4}\s?.{0,4}(电话|手机)(也)?(一直)?(关机|打不通)")),
    # Resignation with a means at hand ("干脆吃了那瓶药"), joining a late partner, "that place" at a set time.
    Cue("farewell", any_of(
        r"(干脆|索性|不如|一口气)\S{0,3}(把)?(那|这|整|一)(一)?(瓶|盒|板)\S{0,6}(吃|喝|吞)|(干脆|索性|不如)\S{0,2}(吃|喝|吞)(了|掉)?(那|这|整|一)(一)?(瓶|盒|板)",
        r"去(陪|找|见)(我)?(死去的|去世的|走了的|地下的)?(老伴|老头子|老太婆)(算了|去了)|(明天|今晚|今天|一早|周末)\S{0,4}(就)?去那个地方"),
        unless=regex(r"医生|医嘱|处方|按时|感冒|发烧|胃药|维生素|降压|吗|能不能"), unless_nearby=True),
    # Those left behind told not to grieve; a note of sorry; "free of all of it" tonight; tired of
    # fighting, unless of fighting with something ("tired of fighting with the app").
    Cue("farewell", any_of(
        r"(when|after|once) (im|i am) gone\b.{0,40}(dont|do not) (be sad|cry|worry|blame)|(dont|do not) (be sad|cry) .{0,30}(when|after|once) (im|i am) (gone|not here|not around)"
        r"|sorry for everything\b(?! (i|that|we) (said|did|told|wrote))(?! i ve (said|done)).{0,60}\b(phone|note|goodbye|gone|look after|take care)|\b(note|letter|message) (saying|that says|that said) (sorry|goodbye)"
        r"|(letters?|notes?) (to|for) (everyone|everybody|all) (i love|i care about)",
        rf"({TIME_EN})\b.{{0,24}}\bfree (of|from) (all of it|everything|it all|all this|this life)\b",
        r"(step|stepping|jump|jumping|walk|walking) in front of (a |the |which |one )?(train|bus|truck|car|subway|metro)|which one (id|i would|i will|ill) step in front of",
        r"(theyll|they will|shell|she will|hell|he will|kids will|they would|theyd) (soon )?forget (about )?me\b|(belt|rope|cord|scarf|cable|noose) (around|round) my neck",
        r"\b(going to|gonna|will|ill|plan to|planning to) (finish|end) it( all)? (after|once|when|before|so)\b",
        r"this time (ill|i will|im going to) make sure|pumped my stomach|(sorry|loves? (the kids|you all|them)).{0,40}(phone (went|is|was) (dead|off)|switched off|not answering|cant reach)",
        r"(wear|wearing) (at|to) my (own )?funeral|(picked|chose|choose|planned|planning) .{0,30}\bmy (own )?funeral|running out of (reasons|reason to|will to)",
        r"(tired of|sick of|done) fighting\b(?! (with|over|about|for|the|this|that|my|our|his|her|them|him|against|to)\b)|(dont|do not|cant) (want to )?fight (anything |it )?any ?more")),
    # Going to join a relative said to have died, or standing high in the wind (safe10, a new-user
    # probe: "今晚就去找我奶奶了 她走了好多年了", "天台的风好大"); not a visit to the living, not chores.
    Cue("farewell", any_of(
        rf"去(陪|找|见)(我)?的?({KIN_ZH})\S{{0,3}}\s?.{{0,6}}(她|他)(已经)?(走了|去世|过世|不在了|没了)(好|很)?(多|几|十)年",
        rf"({KIN_ZH})(已经)?(走了|去世|过世|不在了)(好|很)?(多|几|十)年.{{0,12}}(今晚|今天|马上|这就|现在|很快)\S{{0,3}}去(陪|找|见)(她|他)")),
    Cue("place", any_of(r"^\W*(在)?(天台|楼顶|顶楼|大桥|桥|江边|河边)(上|边)?的?风(好|真|很|太|特别)大"),
        unless=regex(r"晒|晾|衣服|被子|收衣|种|花|菜|烧烤|乘凉|看风景|拍照|风筝|修|装|空调|太阳能")),
    # Belongings given away, unless the message says why (a move, a new one bought, a clear-out).
    Cue("farewell", any_of(r"(gave|giving|given|give) (away )?(all )?my (books|clothes|possessions|things|stuff)\b"),
        unless=regex(r"\b(move|moving|moved|relocat\w*|new (one|flat|place|apartment|laptop|phone)|bought a new|declutter\w*|donat\w*|charity|for work)\b")),
    # A new-user probe (probe12): parents promised the next life; savings or belongings handed over
    # with "I won't need it" or "don't look for me"; the helper thanked on a last day; a sorry to
    # mum that says what comes next is not her doing. Each leaves the everyday reading alone (a
    # joke of gratitude to a friend, a game quit, a new phone, a last day at work).
    Cue("farewell", any_of(
        r"下辈子.{0,8}(孝顺|做你们的(儿子|女儿|孩子)|当你们的(儿子|女儿|孩子))|下辈子.{0,6}(再)?(报答|补偿)(你们|爸妈|父母|爸|妈)",
        r"(送给|送了|转给|留给|都给|捐出去|捐了|捐给)(了)?.{0,16}(以后|反正)(也|再|就)?(用不到|用不上|用不着|不需要|穿不上|穿不着)了",
        r"(送给|送了|转给|留给|都给|捐出去|捐了|捐给)(了)?.{0,24}我(跟他们|跟她|跟他)?说(我)?(以后|反正)?(也|再|就)?(用不到|用不上|用不着|不需要)了",  # asked why (safe12)
        r"(送给|转给|留给|都给)(了)?.{0,16}(以后|从此|再也)?(别|不要)(再)?(找|等)我",
        r"(最后一天|最后一晚|最后一次).{0,16}谢谢你.{0,8}(听我|陪我)|谢谢你.{0,8}(听我|陪我).{0,16}(最后一天|最后一晚|最后一次)"),
        unless=regex(r"新(的|手机|电脑|号)|旧|换了|小了|长大|不合身|穿不下|不玩了|退坑|卸载|戒了|毕业|搬家|离职|辞职|上班|实习|开玩笑|哈哈|还款|截止|期限|宽限|活动|优惠|考试|假期|放假|(转|还|给)(给)?(了)?(催收|平台|借呗|花呗|网贷|担保人)|找(她|他)|管了"), hides=True),
    Cue("farewell", any_of(
        r"\b(none of|nothing (about|of)) (this|it|what happens( next)?|whatever happens) (is|was|will be) (on you|your fault)"
        r"|\bwhat happens next (is not|isnt|wont be) (on you|your fault)",
        r"\b(im|i am) sorry for everything\b(?! (i|that|we) (said|did|told|wrote))(?! i ve (said|done)).{0,40}\b(you did your best|not your fault)",
        r"\b(and|but) soon not even that\b")),
    # The next life promised (not 下辈子再也不借了), unless as thanks to a friend who lent the money
    # ("谢谢兄弟借我钱 下辈子做牛做马报答你", a saying of gratitude).
    Cue("farewell", any_of(r"(下辈子|来世|来生)(再|一定|我)?(还|报答|见|补偿|孝顺|做牛做马)"),
        unless=regex(r"(谢谢|感谢|多谢)\S{0,2}(兄弟|哥们|姐妹|老铁|朋友|大哥|大姐)|(借|借给|帮)(了)?我.{0,16}(下辈子|来世|来生)")),
    # Not being here tomorrow, said of oneself; the helper told it need not answer any more; "you
    # won't hear from me again" (probe14). Not a new number, a trip or a phone being repaired.
    Cue("farewell", any_of(
        r"我(就|也)?(不会|不)(再)?在了|(明天|以后|今晚过后|过了今晚)\S{0,4}(就)?(再也)?(联系不到|找不到)我了",
        r"以后(就)?(不用|不必)(再)?(回答|回复|陪|理)我了",
        r"\b(you|youll|you will|no one|nobody)( will)? (never |not )?(hear|be hearing) from me again\b|\byou wont hear from me again\b"),
        unless=regex(r"换号|换手机|换号码|新号|出国|出差|没信号|山里|关机维修|手机(坏|丢)|退群|卸载|(?<!没)(?<!不)(?<!没有)(?<!没法)(?<!无法)(解决|还清)(?!不|是不可能|无望|没希望)|\b(new number|new phone|chang\w* (my )?(number|phone)|travel\w*|trip|abroad|paid (it )?off)\b")),
    # probe15: a sorry to family with "don't be sad" beside money that cannot be repaid; goodbye to
    # all with thanks for the years; no plan to be here. (A collector's "go die" taken as right is
    # masked as the collector's words before these read it: not caught here; review16.)
    Cue("farewell", any_of(
        r"(妈|爸|爸妈|老婆|老公|孩子|你们|宝贝)\S{0,3}\s?对不起.{0,20}(你们|你)?(千万)?(别|不要)(为我)?(难过|伤心|哭)",
        r"我(以后|将来|会|就|将|要)*在天上(保佑|看着|守护|陪着)(你们|你|爸妈|家人|孩子)|(再见|告别|永别).{0,12}谢谢(大家|你们)?这些年|谢谢(大家|你们)?这些年(的)?(照顾|陪伴|包容|关心).{0,12}(再见|告别|永别)",
        r"\b(dont|do not|no) plan(ning)? (on |to )?(be|being|stay|staying) ((here|around)( next \w+| tomorrow| much longer| any ?more| for long)?$|alive\b(?! (when|while|if|because|since|at|with)\b))"),
        unless=regex(r"出国|出差|回老家|回家|搬家|旅游|打工|上学|读书|留学|当兵|实习|面试|毕业|考试|会(处理|解决|好起来|还上|还清|想办法)"
                     r"|我会(想办法|处理|还|努力|好好)|没事的|离职|辞职|退休|换工作|\b(trip|travel\w*|holiday|vacation|moving)\b")),
    # Leaving set for the day the debt is paid: "还清借呗那天就是我走的那天", "我还清借呗就走，谁也别拦我"
    # (review15); not leaving the app or a job.
    Cue("farewell", any_of(
        r"(还清|结清|还完|还上)\S{0,12}(那天|之后|以后|就)\S{0,4}(就是)?我(就)?(可以)?(安心地?|放心地?)?(走|离开)(的那天|了|的)?(?!\S{0,4}(支付宝|借呗|花呗|app|平台|公司|单位|这|那))"
        r"|(还清|结清|还完)\S{0,8}就走.{0,4}(谁也别拦|别拦我|别找我)"),
        unless=regex(r"出国|出差|回老家|搬家|旅游|打工|上班|工作|辞职|离职|换手机|注销|卸载")),
    # Giving up one's own life in so many words (人也不想要了), or past fearing death (probe12), even
    # said as defiance ("连死都不怕了还在乎征信吗": review12).
    Cue("hopeless", any_of(r"(人|命|这条命|我这条命|我这个人)(也|都)?不想要了|(连|我)死(都|也)不(怕|敢)"),
        unless=regex(r"哈哈|开玩笑|开个玩笑")),
)
