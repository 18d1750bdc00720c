"""Indirect Chinese crises that held-out 6-9 missed (safe12, issue 12 round 11), one cue per
mechanism rather than per message: what each miss lacked, read as a kind of wording.

- **A death approved for what it pays or cancels**: "要是我出了意外，借呗的钱是不是就一笔勾销了…我想
  这样也挺好", "摔下来算工伤…我觉得也挺值的": the reasoning of death_reasoning, with the writer's own
  approval (这样也好, 挺值) or a plan to ask in advance (提前问清楚). Not a question alone.
- **An act, then nothing to repay**: "方向盘往旁边一打就什么都不用还了", "下去了就什么都不用还了".
- **A means kept or an amount taken**: "那瓶敌敌畏我一直没舍得扔", "一整板感冒药和半瓶白酒一起吃了",
  "吞那么多药", cuts that bring relief ("又多了几道口子，只有这样我才觉得能喘口气").
- **Looking into what a death pays or feels like**: "查了一下意外身故保险赔多少", "从十八楼下去是什么感觉".
- **Leaving and those left behind**: "谢谢你们陪我到最后", "以后爸妈就全指望她了", "走的时候就不会有人难过",
  "怎么离开才不会麻烦到家人", "我就可以放心地走了", "找个没人的地儿…一躺拉倒", a child taken along
  ("带着肚子里的这个一起走"), a late spouse joined ("不如早点去见老伴").
- **No tomorrow of one's own**: "以后的每一天也不打算过了", "明天的太阳跟我也没什么关系了", "不打算活多久了",
  "把我自己解决掉", "让它成真" (a funeral portrait), "我这个人不存在的话，所有问题都会自动消失",
  "要是我哪天不见了，爸妈会不会反而轻松一些", "不知道该不该回岸上".
Each names the everyday reading it leaves alone (a job, a move, insurance bought for family, a
question about the law, a game or a joke).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue
from .scenes import JOURNEY_ZH, KIN_DIED_ZH, LOST, PLACE_ZH, REPAID

# One's own death supposed: not "要是我没了这份工作" (a job lost) nor "如果我走了，公司…" (leaving a job):
# 没了 only at a clause's end, and 走了 not at all (review21).
_MY_DEATH = (r"(要是|如果|万一|假如)(我)?(哪天|明天|有一天)?(\S{0,8}(出了?(什么|个|点)?意外|出点事|摔下来|掉下去|出事)|死了|不在了"
             rf"|{LOST})")
# What a reading that cancels a cue may never be: the loan's own process, which the closing question
# names ("…借呗能协商分期吗？"). Benign readings are of the crisis wording, not of the loan (review21).
_KIN_INSURED = r"给(我)?(爸|妈|爸妈|父母|孩子|老婆|老公|家人)\S{0,4}(买|投|交)"

INDIRECT = (
    Cue("death_reasoning", any_of(
        rf"{_MY_DEATH}.{{0,60}}(这样|那样)?(也|倒)?(挺好|挺值|也好|也值|值了|正好|就好了|不错)",
        rf"{_MY_DEATH}.{{0,40}}(提前|先)(问|了解|弄|搞)(清楚|明白)"),
        unless=regex(_KIN_INSURED + r"|遗嘱|论文|开玩笑|哈哈")),
    Cue("self_harm", any_of(
        r"(一打|一踩|一松|一跳|一闭眼|冲出去|撞上去|下去了?|跳了?)(就)?(什么|啥)(都|也)不用(再)?(还|管|面对|操心)了",
        r"(农药|敌敌畏|百草枯|老鼠药|安眠药|绳子|炭)\S{0,8}(一直)?(没舍得扔|舍不得扔|一直留着|藏(着|起来|在))",
        # an amount of medicine (not "一把饼干"): a pack or a handful of pills, tens of tablets
        r"((一整板|一整瓶|整板|整瓶|一大把|一把)\S{0,6}药|(几十|[1-9][0-9]|[二三四五六七八九]?十[几一二三四五六七八九]?)片)\S{0,10}(和|加|配|混着?)?\S{0,8}(一起)?(吃|吞|喝)(了|下|掉)",
        # ...said verb first ("吃了一把我爸的降压药": the object of the verb is an amount; safe16)
        r"(吃|吞)(了|下|掉)(了)?(一整板|一整瓶|整板|整瓶|一大把|一把|半瓶|一瓶|好多|很多|一堆)\S{0,8}药",
        r"吞(了)?(那么|这么|好|很|一大)(多|把)\S{0,3}(的)?药|(洗胃|催吐)\S{0,12}(为什么|问我)",
        # cuts that bring relief (not a wound healed after an operation)
        r"(口子|刀口|划痕|血).{0,12}(只有|才)\S{0,6}(觉得)?(能)?(喘口气|好受|舒服|轻松|平静|活着)"),
        unless=regex(r"切菜|做饭|杀鱼|工伤|摔跤|医生说|处方|按时|吃完饭|手术|拆线|缝针|开玩笑|哈哈")),
    Cue("method", any_of(
        r"查(了)?(一下|一查)?\S{0,6}(意外)?(身故|死亡)\S{0,4}(保险|险|赔偿|理赔)?\S{0,4}(赔多少|能赔多少|赔多少钱|怎么赔)",
        rf"(从|在)\S{{0,4}}({PLACE_ZH}|[0-9一二三四五六七八九十几]+楼|[0-9一二三四五六七八九十几]+层)\S{{0,2}}(跳|摔|掉)?下去(是|会是)(什么|啥|怎样的)感觉"),
        unless=regex(_KIN_INSURED + r"|(买|投|交)\S{0,6}(给|替)(爸|妈|爸妈|父母|孩子|家人)|电影|小说|游戏|跳伞|蹦极|滑翔|过山车|去世|过世|病逝|离世|" + KIN_DIED_ZH)),
    Cue("farewell", any_of(
        r"谢谢(你们|你|大家)\S{0,4}陪我(走)?到最后",
        r"(这样|到时候)?(我)?走的时候(就)?(不会|没)(有)?人(难过|伤心|哭)",
        r"(想|在想)(要)?怎么(离开|走)(才|能)(不会|不)(麻烦|连累|拖累|影响)(到)?",
        r"(就|才|终于|总算)(可以|能)(安心|放心)(地|的)?(走|离开)了",
        r"带着(肚子里的|肚里的)?(这个|孩子|宝宝|娃)\S{0,3}一起(走|离开)(算了|吧|了)",
        ),
        unless=regex(JOURNEY_ZH + r"|直播(间)?(下周|明天|改天)|下次见|新号|接班|交班|值班")),
    # somewhere to lie down for good (not a nap at the weekend); a late spouse joined (not one who is at
    # a daughter's, minding the grandchild)
    Cue("farewell", any_of(r"找(个|一个)没(有)?人的地(方|儿)\S{0,10}(一躺|躺下|睡下|待着|坐着)\S{0,4}(拉倒|算了|就完了|不起来|完事)"),
        unless=regex(r"睡(一|个)?觉|歇(会|一会|一下)|休息(一下|会)|周末|午休")),
    Cue("farewell", any_of(
        r"(不如|干脆)\S{0,4}去(陪|找|见)(我)?的?(老伴|老头子|老太婆)",
        r"(老伴|老头子|老太婆|爱人)(已经)?(走了|去世|过世|不在了|没了).{0,16}(不如|干脆)\S{0,4}去(陪|找|见)(他|她)"),
        unless=regex(r"(老伴|老头子|老太婆)(在|带|住|回|去)(?!世)|带(孙子|孙女|外孙|娃)")),
    Cue("hopeless", any_of(
        r"(以后的)?(每一天|日子)(我)?(都|也)不(打算|想|准备)(再)?过了",
        r"明天的太阳(跟|和)我(也)?没(有|什么|啥)?关系",
        r"不(打算|准备|想)(再)?活(多久|太久|很久|几天|几年)",
        r"把(我)?自己(给)?(解决|了结|处理)(掉|了)",
        r"(遗照|黑白照).{0,30}(让|叫)(它|这)(变)?成真",
        r"我(这个人|这种人)?不存在(的话|了)?.{0,12}(问题|一切|事情|麻烦)\S{0,4}(都|就)?(会)?(自动)?(消失|解决|没了)",
        r"(要是|如果)我(哪天)?不见了.{0,16}(轻松|好过|省心|解脱)",
        rf"({PLACE_ZH}|江堤|河堤|堤上|大坝).{{0,12}}最后一(根|支)烟",
        rf"({PLACE_ZH}).{{0,16}}(以为我|不知道我)(在|去)",
        # the heart dead (masked as an idiom, □) and the body to follow: "心早就死了，身体也该跟着去了"
        r"(□|心).{0,12}身体(也)?(该|要|想|就)?跟着(去|走|死)"),
        unless=regex(r"哈哈|开玩笑|游戏|小说|电影|白天睡|倒班|戒烟|旅游|度假|飞到")),
    # Clauses read only beside what the message says elsewhere (``requires``; the pairs cannot reach it).
    # "…我想提前问清楚" or "我想这样也挺好" beside one's own death reasoned about.
    Cue("death_reasoning", any_of(r"我(想|要)?(提前|先)(问|了解|弄|搞)(清楚|明白)|(我(想|觉得)|想想)(这样)?(也|倒)?(挺好|挺值|也好|值了)"),
        requires=regex(_MY_DEATH), unless=regex(_KIN_INSURED + r"|遗嘱|论文|哈哈")),
    # "…P成黑白遗照…我想那就让它成真吧": the portrait named clauses before.
    Cue("hopeless", any_of(r"(那就|就)?(让|叫)(它|这|这个)(变)?成真(吧|算了)?$"), requires=regex(r"遗照|遗像|黑白照|黑白的")),
    # "…划船到水库中间把桨扔了…不知道该不该回岸上"; "楼顶的门今天没锁…下面的车好小" (not a new home's balcony).
    Cue("place", any_of(r"(不知道|不确定)(该不该|要不要|还要不要)(回|上)(岸|岸上)"), requires=regex(r"桨|船|水库|江|河|湖|海")),
    Cue("place", any_of(r"下面的(车|人|房子)(好|真|很|那么|都)小"), requires=regex(r"楼顶|天台|顶楼|屋顶"),
        unless=regex(r"飞机|缆车|摩天轮|观景|旅游|游客|拍照|风景|新家|搬到|搬进|酒店")),
    # "…今天终于撑到头了，这是我最后一次上来问你问题，谢谢你…": a last visit beside the end of holding on
    # (not the loan's last instalment paid: "终于熬到头了，借呗最后一期还完了").
    Cue("farewell", any_of(r"最后一次(上来|来)?(问你|找你|跟你(说|聊)|和你(说|聊))"),
        requires=regex(r"撑到头|撑不住|扛不住|熬不下去"), unless=regex(REPAID + r"|最后一期|上岸")),
)
