"""Abusive collection told by bombardment and by reach (abuse52, round 45), in Chinese (CUES_ZH) and English (CUES_EN):

- bombardment told calmly or formally: a count of calls a day of at least ten ("每日来电数十次", "一天下来一百多个",
  "电话一天响五六十次", "upwards of sixty calls a day"), calls that go on at night ("凌晨亦不间断", "夜间零时以后",
  "深夜亦未停止"), and calls at an interval of minutes or day and night ("每隔几分钟就来一个自动语音电话", "日夜不停",
  "robocalls every few minutes"). A count or an hour needs a call word in the window, and the writer's own calls
  ("我每天给客服打十几个电话") are no one's bombardment; the cue ("bombarded") counts only for calls received by the
  writer or their people with a collector or the debt named, never sales or spam calls (mend68: calls_unreceived);
- a notice about the debt stuck on the door, the gate, the lift or the stairwell ("门上贴了催收通知单", "上门通知函",
  "a collection notice taped to my door"); the building's own notices (停水, 物业, "building management") are not
  read by this cue (mend68 removed abuse52's building_notice, which cleared the older cues too);
- reach to the people who give the writer work or a home, or look after a child, beyond the relatives and employer of
  the first tables: a gig worker's station manager, team leader, site foreman, the delivery or ride platform, a shop
  manager, a child's class teacher or headmaster, the residents' or village committee ("催收打到我们外卖站长那里",
  "给骑手站点打电话", "找到了我们工地的包工头"), with a collector or the debt named in the window;
- lies told about the writer to others: drugs, gambling, crime, being on the run ("催收跟我舅舅说我吸毒",
  "到处造谣说我卷钱跑路", "told my aunt I'm a drug addict", "spreading lies to my neighbours").

Whether a match is told (not asked, feared, heard of, negated or family talk) is abuse.py's judgement, as for every cue.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import any_of

# A count of at least ten: digits, or Chinese numbers with 十 or 百 in them (五六十, 二十余, 数十, 上百, 一百多).
_MANY_ZH = (r"(?:逾|超过|超|将近|近|至少|不下|足足|差不多|好)?"
            r"(?:[1-9][0-9]+|数十|数百|几十|十几|上百|近百|几百|好几十|[一二两三四五六七八九几]?[十百][一二三四五六七八九几]?"
            r"|[二三四五六七八九两][三四五六七八九]十)(?:余|多|来|几)?")
_UNIT_ZH = r"(?:个|通|次|遍|回)(?!钟头|小时|单|件|人|客人|包裹|趟|菜|分钟|公里|块|元)"
# A call word (the phone ringing, a call received or made to the writer).
_CALL_ZH = r"(?:电话|来电|致电|拨打|呼叫|外呼|未接|打来|打过来|打给我|响)"
# The writer as the one calling ("我每天给客服打十几个电话", "每天我都打…"): a tempered gap never crosses it.
# (给我打, 打我 are theirs: the 我 there is the one called)
_GAP_ZH = r"(?:(?!(?<![给打找])我\S?(?:给|打|拨|致电|联系|主动|自己))\S)"
_GAPX_ZH = r"(?:(?!(?<![给打找])我\S?(?:给|打|拨|致电|联系|主动|自己)).)"  # (across the space between two clauses)
# A call received: 来电, 打来, 响, 接到… ("每天打几十个电话" may be the writer's own work).
_INCOMING_ZH = (r"(?:来电|致电|打来|打过来|打进来|打给我|打我|给我打|给我拨|接到|接了|收到|响|轰炸|催收电话|骚扰电话|催款电话|未接"
                r"|(?:他们|对方|催收|那边)\S{0,4}(?:打|拨打|呼叫))")
_DAY_ZH = r"(?:每天|每日|一天|日均|天天|一日|一晚上|一晚|一夜|每晚|当天|一上午|一下午|一个上午|一个下午)(?:下来|之内|里)?"
_NIGHT_ZH = r"(?:半夜|凌晨|深夜|夜间|夜里|午夜|零时|零点|夜晚|晚上(?:十一|十二|11|12|一|两|三|1|2|3)点(?:以后|之后|后|过后)?)"
_GOES_ON_ZH = r"(?:亦|也|仍|还|照样|依旧|依然|都|照常|继续|持续)\S{0,2}(?:不间断|未间断|没间断|不停|未停|没停|不断|没断|在打|在响|响|打|来电|致电)"
_INTERVAL_ZH = r"(?:每隔|每过|隔|每)(?:几|一两|两三|三五|[0-9]+|[一二两三四五六七八九十]+)(?:分钟|秒)"

_DOOR_ZH = r"(?:门上|门口|家门|大门|房门|门把手|门把|门框|门缝|防盗门|卷帘门|楼道|电梯|单元门|院门|铁门|门板|门外)"
# A notice about the debt (a collection, a visit, a lawyer's letter, the amount owed), by name.
_NOTICE_ZH = (r"(?:(?:催收|催款|催缴|催告|欠款|欠费|还款|逾期|债务|律师|上门|外访|家访|拜访|限期|追讨|借呗|花呗|网贷|贷款)\S{0,4}(?:通知|函|告知|告示|公告|单|纸条|字条|条子)"
              r"|律师函|催收函|催款函|催告函|大字报|欠条复印件)")
_STICK_ZH = r"(?:贴|塞|挂|钉|夹|插|张贴|糊)(?:了|着|满|上|过)?"
# The building's or an everyday sender's own notice (停水, the property's fee, a parcel): no one's message about the debt.
_BUILDING_ZH = r"(?!.{0,30}(?:物业费|停水|停电|停气|燃气|水费|电费|暖气|快递|装修|检修|疫苗|普查|消防))"

# Who gives the writer work or a home, or looks after a child (the first tables have the family, 老板, 领导, 公司,
# 单位, 人事, 学校, 老师, 房东, 物业).
_WORKSIDE_ZH = (r"(?:站长|车队长|队长|小组长|班组长|组长|主管|经理|店长|老板娘|工头|包工头|监工|线长|拉长|车间主任|班主任|校长|园长"
                r"|网点|站点|配送站|车队|站里|队里|平台|居委会|村委会|村委|村支书|村长|社区|街道办|工地|甲方|合伙人)")
_REACH_ZH = (r"(?<!我)(?:打电话给|打电话去|打给|打到|打去|打了?电话到|打电话到|联系(?:了|上)?|找到|找上|找了|通知(?:了)?|告诉(?:了)?"
             r"|发(?:了)?(?:短信|消息|信息|微信)?给|投诉(?:到|给)?|举报(?:到|给)?|闹到|跑到|跑去)(?:了)?")
_WHOSE_ZH = r"(?:我的?|我们的?|我们|我家)?\S{0,5}?"
_COLLECTOR_ZH = r"(?:催收|催款|催债|要债|讨债|收债|他们|对方|第三方|外包|那边|有人|陌生人|债主)"
_NOT_MINE_ZH = r"(?<!我)(?<!我.)(?<!我..)(?<!我...)"
_DEBT_ZH = r"(?:欠|债|还钱|还款|逾期|借呗|花呗|网贷|贷款|老赖|骗子|诈骗|不还|赖账|扣(?:我)?工资)"

# What a lie says of the writer: drugs, gambling, crime, prison, being on the run, sex work, illness.
_LIE_ZH = (r"(?:吸毒|贩毒|嗑药|溜冰|赌博|赌鬼|烂赌|嫖娼|卖淫|坐过牢|蹲过|劳改|在逃|逃犯|通缉|犯罪|犯法|犯了事|犯事|案底|前科|被抓|进去了"
           r"|精神病|神经病|艾滋|传销|偷东西|偷钱|小偷|卷钱|卷款|跑路|骗钱|骗子|诈骗|养小三|包二奶|出轨|骗婚|混黑社会|黑社会)")
_TO_OTHERS_ZH = r"(?<!我)(?<!我们)(?:跟|对|向|告诉|通知|打给|打电话给|给)\S{0,10}?"
_SLANDER_ZH = r"(?:造谣|污蔑|诬陷|诬蔑|诽谤|捏造|编造|抹黑|泼脏水|乱说|胡说|瞎说|到处说|四处说|逢人就说|到处讲|到处传)"
# (alone, only the words that say a lie was spread: "他们瞎说的吧" doubts what was said to the writer)
_SLANDER_ALONE_ZH = r"(?:造谣|污蔑|诬陷|诬蔑|诽谤|捏造|抹黑|泼脏水)"

# A count, an hour or an interval asked with a bare 吗 ("凌晨有电话吗", "审核电话是24小时的么"): asked, not told.
_TOLD_ZH = r"(?!\S{0,8}(?:吗|么|嘛))"

def _told(*alternatives: str) -> re.Pattern[str]:
    """any_of, each alternative followed by _TOLD_ZH."""
    return any_of(*(f"(?:{alternative}){_TOLD_ZH}" for alternative in alternatives))


CUES_ZH = (
    ("bombarded", _told(
        # a count a day: "每日来电数十次", "每天接到催收电话四五十个", "电话一天响五六十次", "…电话，一天下来一百多个"
        rf"(?<!我){_DAY_ZH}{_GAP_ZH}{{0,10}}?{_INCOMING_ZH}{_GAP_ZH}{{0,6}}?{_MANY_ZH}{_UNIT_ZH}",
        rf"{_INCOMING_ZH}{_GAPX_ZH}{{0,16}}?(?<!我){_DAY_ZH}{_GAP_ZH}{{0,4}}?{_MANY_ZH}{_UNIT_ZH}",
        rf"(?<!我){_DAY_ZH}(?:少说|至少|起码|差不多|得有|足有|估计)?(?:也)?(?:就有|都有|有|都是|收到|接到|接|响)?{_MANY_ZH}{_UNIT_ZH}\S{{0,4}}?(?:电话|来电|未接|骚扰|催收)",
        # calls that go on at night: "凌晨亦不间断", "深夜亦未停止", "夜间零时以后仍持续来电", "凌晨也响"
        rf"{_CALL_ZH}.{{0,30}}{_NIGHT_ZH}(?:以后|之后|后|过后)?\S{{0,4}}{_GOES_ON_ZH}",
        rf"{_NIGHT_ZH}(?:以后|之后|后|过后)?\S{{0,5}}(?:亦|也|仍|还|照样|依旧|依然|都|照常|继续|持续|有)\S{{0,3}}"
        r"(?:来电|致电|打来|打进来|打过来|打电话|电话|打(?:到|给)(?:我|家|座机)|在打(?!游戏|工|球|牌|字|扫|卡|麻将))",
        rf"{_CALL_ZH}.{{0,16}}(?:深夜|夜间|午夜|凌晨)\S{{0,2}}(?:亦|也|仍|都)?(?:未|没有?|不)(?:停止|停|间断|断)",
        # an interval of minutes, or day and night: "每隔几分钟就来一个自动语音电话", "来电每隔几分钟一次，日夜不停"
        rf"{_CALL_ZH}\S{{0,12}}{_INTERVAL_ZH}\S{{0,4}}(?:就|便)?\S{{0,2}}(?:一次|一个|一通|打|来|响|拨)(?!卡)",
        rf"{_INTERVAL_ZH}\S{{0,3}}(?:就|便)?\S{{0,3}}(?:打|来|响|拨|呼)(?!卡)\S{{0,6}}(?:电话|来电|语音|一次|一通)",
        rf"{_INTERVAL_ZH}\S{{0,3}}(?:就|便)?(?:有|来)\S{{0,3}}(?:电话|来电|语音|录音)",
        r"(?:电话|来电|打)\S{0,12}(?:日夜不停|昼夜不停|不分昼夜|没日没夜|不分白天黑夜|24小时|二十四小时)|(?:日夜不停|昼夜不停|不分昼夜|没日没夜)\S{0,3}(?:地)?(?:打|来电|轰炸|骚扰)",
        rf"{_CALL_ZH}.{{0,20}}(?:日夜不停|昼夜不停|不分昼夜|没日没夜)",
        # the phone that never stops, day and evening: "一天到晚电话不停", "电话响个不停"
        r"(?:电话|来电|手机)\S{0,2}(?:响个不停|打个不停|一直不停|没停过|就没停过|没断过)|一天到晚\S{0,4}(?:电话|来电)\S{0,3}(?:不停|不断|没停)")),
    ("notice", any_of(
        # a notice about the debt stuck on the door: "门上贴了催收通知单", "家门口被贴了上门通知函"
        rf"{_BUILDING_ZH}{_DOOR_ZH}\S{{0,6}}(?:被人?|有人|给)?\S{{0,3}}{_STICK_ZH}\S{{0,10}}?{_NOTICE_ZH}",
        # a paper on the door that says the debt ("家门口被人贴了一张A4纸，上面写着“本户欠款逾期”")
        rf"{_BUILDING_ZH}{_DOOR_ZH}\S{{0,6}}(?:被人?|有人)?\S{{0,3}}{_STICK_ZH}.{{0,12}}(?:纸|单|条|通知|告示|公告|函).{{0,20}}(?:欠款|欠钱|欠债|逾期|还款|还钱|老赖)",
        rf"{_BUILDING_ZH}{_NOTICE_ZH}\S{{0,8}}(?:被人?|有人|给)?\S{{0,2}}{_STICK_ZH}(?:在|到)(?:了)?\S{{0,6}}{_DOOR_ZH}")),
    ("shaming", any_of(
        # someone posting the debt or the writer's details in the writer's live stream, comments or videos
        r"(?:有人|他们|催收|对方|陌生人|小号|一群人|一堆人|好多人)\S{0,10}(?:抖音|快手|直播|评论区|视频号|小红书|b站|微博|作品|视频)\S{0,10}"
        r"(?:发|刷|贴|挂|评论|留言|报|晒|艾特)\S{0,12}(?:欠钱|欠款|欠债|不还|老赖|骗子|截图|身份证|手机号|电话号码|全名|照片|住址)")),
    ("workside", any_of(
        # a collector named before the reach, or the debt after it
        rf"{_COLLECTOR_ZH}\S{{0,12}}{_REACH_ZH}{_WHOSE_ZH}{_WORKSIDE_ZH}",
        rf"{_COLLECTOR_ZH}\S{{0,12}}(?<!我)给{_WHOSE_ZH}{_WORKSIDE_ZH}\S{{0,8}}(?:打|发|寄)",
        rf"{_COLLECTOR_ZH}\S{{0,12}}(?:跟|对|向){_WHOSE_ZH}{_WORKSIDE_ZH}\S{{0,4}}(?:说|讲|告状|投诉|反映)",
        rf"{_COLLECTOR_ZH}\S{{0,12}}(?<!我)打(?:了|爆)?{_WHOSE_ZH}{_WORKSIDE_ZH}的?(?:电话|手机|座机)",
        # (the writer as the caller a few characters before: "我昨天打电话给站长说借呗逾期了" asks for leave)
        rf"{_NOT_MINE_ZH}{_REACH_ZH}{_WHOSE_ZH}{_WORKSIDE_ZH}.{{0,24}}{_DEBT_ZH}",
        rf"{_NOT_MINE_ZH}给{_WHOSE_ZH}{_WORKSIDE_ZH}\S{{0,8}}(?:打|发)(?:了)?\S{{0,4}}(?:电话|短信|消息).{{0,24}}{_DEBT_ZH}")),
    ("defamed", any_of(
        # lies told to others: "催收跟我舅舅说我吸毒", "跟我爸妈说我在外面诈骗被通缉"
        rf"{_TO_OTHERS_ZH}(?:说|讲|传|称|声称)(?:我|他|她|我老公|我老婆)\S{{0,8}}{_LIE_ZH}",
        rf"(?<!我){_SLANDER_ZH}\S{{0,4}}(?:说)?(?:我|他|她)\S{{0,10}}{_LIE_ZH}",
        rf"{_COLLECTOR_ZH}\S{{0,8}}(?<!我){_SLANDER_ALONE_ZH}")),
)

_MANY_EN = (r"(?:[1-9][0-9]+|a dozen|dozens of|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of"
            r"|(?:twenty|thirty|forty|fifty|sixty)\W(?:five|odd))")
_CALLS_EN = r"(?:calls|missed calls|robocalls|rings|texts|messages|times)"

_DOOR_EN = r"(?:front |main |apartment |flat |house |room |unit |building )?(?:door|gate|wall|letterbox|mailbox|lift|elevator)s?"
_STUCK_EN = r"(?:taped|stuck|pasted|pinned|posted|glued|nailed|slipped|left|put|plastered|attached|hung)"
_NOTICE_EN = r"(?:notice|paper|letter|sign|flyer|note|sheet|poster)s?"
_DEBT_NOTICE_EN = r"(?:collect\w*|debt\w*|owe\w*|overdue|loan|recovery|demand|visit|field|arrears|unpaid|outstanding|pay|legal)"
_OWN_BUILDING_EN = (r"(?!.{0,60}\b(?:building management|management office|water|electric\w*|maintenance|parcel|package|delivery|courier"
                    r"|council|census|hoa|landlord|rent)\b)")
_WORKSIDE_EN = (r"(?:rider app|driver app|delivery app|station manager|hub manager|store manager|shop manager|team ?lead(?:er)?|shift lead(?:er)?|line lead(?:er)?|foreman|site (?:boss|manager|supervisor)"
                r"|dispatcher|fleet (?:manager|owner|operator)|delivery hub|depot|platform|rider support|driver support|principal|headmaster|headmistress"
                r"|class teacher|homeroom teacher|form teacher|barangay (?:captain|office|hall|chairman|officials?)|kapitan|village (?:head|chief|committee)"
                r"|residents committee|oga|madam at work|employer)")
_THEY_EN = r"\b(?:they|theyve|collectors?|agents?|agency|callers?|lenders?|the company|recovery (?:agents?|team)|someone)\b"
_LIE_EN = (r"(?:crook|thug|gangster|drug addict|addict|junkie|on drugs|drug dealer|dealing drugs|gambler|gambling addict|prostitute|sex worker|wanted|on the run|fugitive"
           r"|criminal|convict|ex.?con|in jail|been to jail|been in prison|mentally ill|crazy|psycho|thief|scammer|fraudster|con artist|cheat|hiv)")

CUES_EN = (
    ("bombarded", any_of(
        # (not spam or sales calls: "my neighbour gets 30 spam calls a day")
        rf"\b(?:upwards of |over |more than |about |around |nearly |almost |at least |between \w+ and )?{_MANY_EN} (?!spam|sales|marketing|promo|scam)(?:\w+ )?{_CALLS_EN} "
        r"(?:a|per|each|every) (?:day|night|morning)",
        rf"\b(?:call|calls|calling|ring|rings|ringing|phone|phones|text|texts|message|messages)\b(?: \w+){{0,3}} {_MANY_EN}\+? times"
        r" (?:daily|nightly|(?:a|per|each|every) (?:day|night|morning|hour))\b",
        r"\b(?:robo.?calls?|automated calls?|recorded calls?|auto.?dialled calls?|machine calls?|pre.?recorded calls?|calls?|phone rings?|rings?)\b.{0,30}"
        r"\bevery (?:few|couple of|[0-9]+|two|three|five|ten|fifteen|twenty|thirty) (?:minutes?|mins?|seconds?)\b",
        r"\b(?:phon|call|ring|text|messag)\w* (?:me|us|my \w+)\b.{0,20}\bevery (?:few|couple of|[0-9]+|two|three|five|ten|fifteen) (?:minutes?|mins?|seconds?|secs?)\b",
        r"\b(?:robo.?calls?|automated calls?|recorded calls?|auto.?dialled calls?|machine calls?|pre.?recorded calls?)\b.{0,30}\b(?:non ?stop|all day|day and night|every day|all night|constantly|nonstop)\b",
        r"\b(?:calls?|calling|rings?|ringing)\b.{0,30}\b(?:day and night|round the clock|around the clock|24/7|24 7|twenty four seven)\b")),
    ("notice", any_of(
        # the debt named before the notice ("a debt collection notice stuck on my door") or after the door ("…saying I owe")
        rf"{_OWN_BUILDING_EN}\b{_DEBT_NOTICE_EN}\b(?: \w+){{0,2}} {_NOTICE_EN}\b.{{0,40}}\b{_STUCK_EN} (?:on|to|under|onto|at|in|by) (?:my|our|the) {_DOOR_EN}\b",
        rf"{_OWN_BUILDING_EN}\b{_STUCK_EN} (?:a |an |some |two |three |their |this )?(?:\w+ ){{0,2}}?{_DEBT_NOTICE_EN}\b(?: \w+){{0,2}} {_NOTICE_EN} (?:on|to|under|onto|at) (?:my|our|the) {_DOOR_EN}\b",
        rf"{_OWN_BUILDING_EN}\b{_STUCK_EN}\b.{{0,40}}\b(?:on|to|under|onto|at) (?:my|our|the) {_DOOR_EN}\b.{{0,30}}\b(?:saying|says|that|with)\b.{{0,30}}\b(?:owes?|owing|debt\w*|debtor|pay|overdue|loan)\b",
        rf"{_OWN_BUILDING_EN}\b{_NOTICE_EN} (?:of|for|about|from) (?:\w+ ){{0,2}}?{_DEBT_NOTICE_EN}\b.{{0,40}}\b{_STUCK_EN} (?:on|to|under|onto|at|in|by) (?:my|our|the) {_DOOR_EN}\b")),
    # (its own name: abuse.py reads an English "shaming" match that starts the window as the writer's own post)
    ("exposed", any_of(
        # the writer's number or details left under the writer's posts ("commenting my phone number under every reel I post")
        rf"{_THEY_EN}(?: \w+){{0,3}} (?:comment\w*|post\w*|spamm\w*|leav\w*|left|drop\w*|put\w*) (?:\w+ ){{0,2}}?(?:my|her|his) (?:phone |full |home )?"
        r"(?:number|address|id|photo|picture|name)s?\b.{0,40}\b(?:under|on|in|below|across) (?:all |every |each )?(?:of )?(?:my )?(?:\w+ ){0,2}?"
        r"(?:posts?|videos?|reels?|tiktoks?|lives?|live ?streams?|stories|uploads?|comments?)\b")),
    ("workside", any_of(
        rf"{_THEY_EN}(?: \w+){{0,3}} (?:called|call|calls|calling|rang|rings|phoned|phones|texted|messaged|contacted|reported me to|complained to|told|went to|visited)"
        rf" (?:my |our |the |her |his )?(?:\w+ ){{0,2}}{_WORKSIDE_EN}\b")),
    ("defamed", any_of(
        rf"(?<!\bi )\b(?:told|telling|tell|tells|saying|said|says|spread\w*|posted|informed)\b.{{0,40}}\b(?:that )?(?:i am|im|i was|i have been|ive been|i m) (?:a |an )?{_LIE_EN}\b",
        rf"{_THEY_EN}(?: \w+){{0,3}} (?:spread\w*|spreading|telling|told|posting) (?:\w+ )?(?:lies|rumou?rs|false (?:stories|things|claims))\b"
        r"|\b(?:defam\w*|slander\w*|libel\w*)\b")),
)

# A count, an hour or an interval of calls (the "bombarded" cues above) adds abuse only when the calls are received by
# the writer or their people, a collector or the debt is named in the same window, and they are not sales or spam
# calls (mend68: a rider's own calls, 推销 calls, a dispatcher's or an on-call nurse's work calls, a landlord's texts
# were read as bombardment by abuse52; a writer whose job is answering calls too: 本人从事客服工作，日均来电逾百通).
# A condition on these new cues only: no other cue is cleared, and a cue left unread vetoes no classifier guess.
_RECEIVED = regex(r"打给我|给我\S{0,4}打|打我\S{0,3}(?:电话|手机)|打(?:到|给|去)(?:我|家里|我家|家人)|接到|接了|收到|来电|打来|打过来|打进来"
                  r"|打嚟|打俾我|打去(?:我|屋企|阿妈|阿爸|我阿)"  # (Cantonese: 佢哋每日打嚟我度三四十次)
                  r"|轰炸|被\S{0,4}打|(?:我的?|家里的?)(?:手机|电话)\S{0,4}响"
                  r"|\b(?:call\w*|rang|ring\w*|phon\w*|text\w*|messag\w*|spamm\w*) (?:me|us|my|our)\b|\bi (?:get|got|receive|received|am getting|have been getting|keep getting)\b"
                  r"|\b(?:im|i m|ive been|we|we are|were) (?:getting|receiving)\b")
_NAMED = regex(r"催收|催款|催债|讨债|要债|收债|债主|借[呗唄]|花[呗唄]|网贷|贷款|欠款|欠钱|欠债|欠了|逾期|还钱|还款|老赖"
               r"|\b(?:collect\w*|agents?|agency|debt\w*|loan\w*|jiebei|huabei|owe\w*|owing|overdue|repay\w*|lenders?|arrears)\b")
_SALES = regex(r"推销|营销|广告|电销|\b(?:sales|spam\w*|marketing|telemarket\w*|promo\w*|ads?|advert\w*)\b"
               # an everyday sender named as the one calling or texting (not a collector calling them: "they call my mom")
               r"|\bmy (?:landlord|boss|manager|mom|mum|mother|dad|father|wife|husband|girlfriend|boyfriend|gf|bf)"
               r" (?:\w+ )?(?:calls|texts|rings|phones|messages|keeps)\b"
               r"|\b(?:customers|clients|passengers|patients|my riders) (?:\w+ ){0,2}?(?:call|text|ring|message|phone)\w* (?:me|us)\b")
# The writer's job is taking or making calls (read in the window and the clause before: "本人从事客服工作，日均来电逾百通").
_OWN_JOB = regex(r"(?:从事|做|干)\S{0,3}(?:客服|话务|接线|调度|电销)|(?:客服|话务|接线|呼叫中心|调度)\S{0,2}(?:工作|上班)"
                 r"|(?:本人|我)(?:是|系|在|当|做)\S{0,10}(?:客服|话务员?|接线员|调度员?|电销)"
                 r"|\b(?:call cent\w*|customer service|telemarket\w*|on.?call|dispatcher) (?:job|work|agent|nurse|here)\b"
                 r"|\b(?:i work|i am|im|working|my job is) (?:\w+ ){0,3}?(?:call cent\w*|customer service|hotline|dispatch\w*)\b")


def calls_unreceived(name: str, text: str, context: str = "") -> bool:
    """Whether a "bombarded" cue's match in the window ``text`` adds nothing: the calls are not told as received by the
    writer or their people, no collector or debt is named, they are sales or spam calls or an everyday sender's, or
    ``context`` (the window and the clause before) says the writer's job is calls (abuse._found: then the cue is
    not read at all, and vetoes nothing)."""
    return name == "bombarded" and (_RECEIVED.search(text) is None or _NAMED.search(text) is None
                                    or _SALES.search(text) is not None or _OWN_JOB.search(context or text) is not None)


__all__ = ["CUES_EN", "CUES_ZH", "calls_unreceived"]
