"""A writer's crisis told by a deed or a plan with no word of dying in it (safe68, issue 12; blind15's missed kinds).

What each kind MEANS, read from its parts in any order or wording, never from a sentence:

- **A vehicle used to die**: a danger on the road (a red light run, the brake not pressed, driving at a lorry or a
  barrier) done on purpose or wished for, or a wish to be hit ("真希望有辆大货车把我带走", "riding through red
  lights hoping a lorry hits me"). A near miss told ("差点被车撞了") has no purpose or wish and is left alone.
- **Food stopped on purpose**: not eating with a purpose ("故意不吃", "决定不吃饭了") or eating said to be pointless
  ("吃饭有什么用", "no point eating"); a diet or a busy day says neither. Medicine "吃了也没用" is the pill's use
  (read in the window only).
- **A dose asked to be enough** ("吃多少才能不醒", "how many sleeping pills would be enough"): the amount to die or not
  wake, not the amount for a headache or for sleep tonight (read on the matched words).
- **Looking down from a height and wanting to step** ("往下看 越看越想迈出去", "looking down thinking of one step").
- **Online and game words for dying**: the writer uninstalled, deleted or logged off for good ("把自己卸载了", "永久的
  那种下线", "uninstall myself", "log off for good"); a game account closed or logging off for tonight is not.

Every cue is additive (``hides=False``, hides67 is auditing ``Cue.hides``): its everyday reading cancels THIS cue only
and leaves the window to the older readers.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# ---- a vehicle used to die ---------------------------------------------------------------------------------------
_VEHICLE_ZH = r"车|大货车|货车|卡车|泥头车|大车|渣土车|大巴|公交|火车|地铁|摩托"
_ON_PURPOSE_ZH = r"故意|有意|专门|存心|成心|索性|干脆|就想|只想|真想|巴不得|恨不得|盼着|希望|但愿|想着|心想|心里想"
# (a wish not to: "希望别被车撞" is care)
_WISH_ZH = r"(?:希望|盼着|巴不得|恨不得|真想|就想|只想|但愿|想着|心想|心里想|恨不能|祈祷)(?!\S{0,2}(?:别|不要|不会|没|千万))"
_ROAD_DANGER_ZH = (rf"(?:不|没)(?:踩|点|带|想踩)?刹车|油门(?:踩|轰)到底|(?:朝|往|冲向|向|对着)着?\S{{0,6}}(?:{_VEHICLE_ZH}|护栏|桥墩|墙|电线杆|车流|来车)(?:开|冲|撞)"
                   r"|闯红灯\S{0,12}(?:撞|碾|轧|带走|一了百了|解脱|算了)")
# (a near miss told in the gap, "心里想着事情差点被车撞了", "还好没被车撞到": no wish; mend75 after review88)
_NOT_MISS = r"(?:(?!差点|差一点|险些|还好|幸好|好在|没|躲)\S)"
_HIT_ZH = (rf"{_NOT_MISS}{{0,10}}(?:{_VEHICLE_ZH}){_NOT_MISS}{{0,6}}(?:把我|将我|给我)?(?:撞死|撞飞|撞|碾|轧|带走)"
           rf"|{_NOT_MISS}{{0,6}}被{_NOT_MISS}{{0,6}}(?:撞死|撞飞|撞|碾|轧)")
_RED_EN = r"(?:ride|riding|rode|run|running|ran|drive|driving|drove|go|going|went|speed\w*|blow|blowing|blew|cycle|cycling) (?:through |past )?(?:the |all the )?red lights?"
# (hoping to get there on time is a hurry, not a wish: "kept running the red lights hoping to get me there on time")
_PURPOSE_EN = (r"on purpose|deliberately|purposely|intentionally|so that|so i (?:get|could|can|would)"
               r"|(?:hoping|hope|wishing|wish|praying)(?! to (?:get|make|reach|beat|save|arrive|be on time|catch)| (?:to )?get (?:me |us |there|home))")
_CAR_EN = r"car|lorry|truck|bus|van|taxi|vehicle|train|trailer|cab"
_HIT_EN = (rf"(?:hoping|hope|wish|wishing|praying|pray|want|wanted|wanting)(?: that)? (?:a |some |the |one |any )?(?:{_CAR_EN})s? "
           r"(?:would |will |to |could |might )?(?:just )?(?:(?:hits?|rams?|kills?) me\b|takes? me(?: out| away)?\b(?! ?(?:to|straight|there|home|back|downtown|along|with|in|into|round|around|for)\b)|runs? me over|runs? over me|knocks? me (?:down|over)|ends? it)"
           r"|(?:hoping|hope|wish|wishing|want|wanna|praying)(?: to)? (?:get|be|getting) (?:hit|run over|knocked down|rammed)")
# Driving INTO or OFF something that kills ("thinking of steering into a lorry"), not off early or into a car wash.
_HARM_EN = (r"(?: (?:a|an|the|some|that|oncoming|incoming|on-?coming))? (?:wall|tree|lorry|truck|trucks|bus|sea|river|barrier|pillar|traffic"
            r"|oncoming|bridge|cliff|divider|railing|pole|lamp ?post|car|cars|canal|reservoir|edge|ledge|overpass|flyover|trailer|train)s?\b"
            r"(?! (?:wash|park|lot|showroom|dealer|rental|service|workshop)\b)")  # (the car wash, a car park)
_NO_BRAKE_EN = (r"(?:thinking (?:about|of)|thought (?:about|of)|tempted to|want(?:ed)? to|wanna|kept thinking about|on purpose|deliberately)"
                r"(?: just)? (?:not (?:braking|brake|hitting the brakes?|stopping)|letting go of the wheel"
                rf"|(?:driving|swerving|crashing|steering|flooring it|ramming|drive|swerve|crash|steer|ram) (?:into|off){_HARM_EN})")

# ---- food stopped on purpose -------------------------------------------------------------------------------------
_NOT_EATING_ZH = r"(?:饿着|饿自己|绝食|不吃(?:饭|东西)?(?:了|的|啦)?(?=\s|$))"
_FOOD_ZH = any_of(
    rf"(?:故意|有意|存心|成心|决定|打算|就是要|索性|干脆)(?:再也)?{_NOT_EATING_ZH}",
    r"(?<!光)(?<!只)(?<!光是)(?<!单)吃(?:了|饭|东西)?(?:这件事|这种事)?(?:对我(?:来说|而言)?)?(?:也|都|又|已经|还|来)*(?:没|没有|有什么|有啥|还有什么|又有什么|没什么)(?:任何)?(?:意义|用|必要)(?!\s?(?:去|到|在|花|点|吃|那么|这么|太|跑))",
    r"饿着饿着\S{0,6}(?:没|死|走|完)|把自己饿死|饿死(?:自己|算了|拉倒|就好|得了)|(?:想|就想|只想)饿死")
# (the use of a medicine or a remedy, in the window: "止痛药吃了也没用")
# (and a meal, a price, fullness or a test: "泡面吃了也没用 一会就饿", "光吃饭有什么用 得多运动"; mend75 after review88)
_REMEDY_ZH = regex(r"药|片|胶囊|偏方|保健品|补品|维生素|减肥|瘦|运动|锻炼|健身|泡面|方便面|零食|外卖|饭店|餐厅|馆子|太贵|那么贵|价格"
                   r"|就饿|又饿|会饿|饿得快|不顶饱|顶饱|吃饱|抽血|体检|空腹|胃镜|肠镜|长肉|长胖|发胖")
# Someone else's saying about food ("我妈说吃饭有什么用 不如多干活"), in the window: the writer's own clause alone is
# still read as its own window.
_SAID_ZH = regex(r"(?:他|她|别人|老人|老一辈|妈|爸|奶奶|爷爷|外婆|外公|婆婆|老公|老婆)(?:常|总|老|经常)?说")
_FOOD_EN = any_of(
    r"(?:stopped|stop|quit|quitting|refuse|refusing|refused|not|no longer|gave up|giving up|havent been|been not) eating\b(?! (?:meat|out|during|in the day|junk|fast food|sugar|carbs|rice|after|before|at|there))"
    r".{0,24}"
    r"(?:on purpose|deliberately|intentionally|whats the point|no point|why bother|until|til|anymore|any more)",
    r"(?:whats the|no|theres no|dont see the|what is the) point (?:in |of )?(?:eating|food)\b(?! (?:out|at|there|in restaurants|outside|fancy|salad|healthy|clean|veg\w*|fruit|before|after|so much|that|this|breakfast|lunch|dinner|supper|if|when|expensive|organic))|why (?:even )?bother eating(?! (?:breakfast|lunch|dinner|supper|out|there|before|after|when|if|so|that|salad|healthy))|starv(?:e|ing) myself(?! (?:until|till|til) (?:lunch|dinner|noon|evening|night|the weekend|\d)| to (?:lose|save|fit)| on work ?days| for (?:the |a |this |tonight|dinner|lunch|buffet|later|tomorrow))"
    r"|let(?:ting)? myself starve|(?:not eat\w*|havent eaten|didnt eat|stopped eating|skipping meals) (?:on purpose|deliberately|intentionally)")
_REMEDY_EN = regex(r"\b(?:pills?|medicine|meds|tablets?|supplements?|diet\w*|weight|fasting|ramadan|puasa|vegetarian|vegan|blood tests?|surgery|buffet|salad|gym|calories)\b")

# ---- a dose asked to be enough -----------------------------------------------------------------------------------
_DRUG_ZH = r"药|片|粒|颗|安眠|农药|百草枯|敌敌畏|降压|镇静|安定|胶囊"
_DOSE_ZH = (r"(?:吃|吞|服|喝)\S{0,2}(?:多少|几)(?:片|粒|颗|瓶|盒|板|克|毫克)?\S{0,2}(?:才|就)?(?:能|会|可以)?"
            r"(?:才(?:能|会)?够(?!\S{0,2}(?:效果|剂量|疗程|药效|量))|致死|致命|不醒|醒不过来|不会醒|一睡不醒|睡过去不醒|没命|死)"
            r"|(?:多少|几)(?:片|粒|颗|瓶|盒|板|克|毫克)\S{0,3}(?:才够(?!\S{0,2}(?:效果|剂量|疗程|药效|量))|致死|致命|会死|能死|不醒)")
_PILLS_EN = r"pills|tablets|panadol|paracetamol|sleeping pills|capsules|caps|painkillers|xanax|valium|insulin"
_DOSE_EN = any_of(
    rf"how (?:many|much) (?!caps? of (?:detergent|softener|bleach|soap|liquid|shampoo|cleaner))(?:\w+ )?(?:{_PILLS_EN})(?: \w+){{0,4}} (?:would|will|is|are|to|does it take to|do i need to)(?: be)? "
    r"(?:enough(?! (?:for (?:a |an |the |my |our )?(?:fever|headache|pain|cold|flu|migraine|toothache|period|cramps?|sleep|kid|kids|child|children|baby|toddler|son|daughter|boy|girl|dog|cat|adult|\d+|one|two|three|four|five|six|seven|eight|nine|ten)|to (?:treat|cure|relieve|reduce|help|get (?:some )?sleep|fall asleep|sleep tonight)))"
    r"|lethal|fatal|deadly|kill|to die|die|not wake|never wake|od|overdose)",
    r"(?:lethal|fatal|deadly) (?:dose|amount) (?:of|for)")

# ---- looking down from a height, wanting to step ------------------------------------------------------------------
_STEP_ZH = (r"(?:往下|下面|底下|楼下|窗外|桥下)\S{0,10}(?:就想|只想|越看越想|忍不住想|真想|很想|好想|特别想)(?:往前|往下|往外)?"
            r"(?:跨|迈|跳|踏|翻)(?:出|下|过)?(?:去|一步)")
_STEP_EN = (r"look(?:ing|ed)? down\b.{0,40}(?:one|a|single|last) step (?:forward|off|over|out)"
            r"|(?:roof|ledge|edge|bridge|balcony|window|block|floor|building|cliff|railing)\b.{0,40}(?:want(?:ed)? to|wanna|thinking of|tempted to|urge to) (?:just )?step (?:off|over|out|forward)"
            # (out for a walk, out to the shop: mend75 after review88)
            r"(?! (?:for|to|and|into)\b| of (?:the|my) (?:house|room|office|car|flat|door|lift)\b| (?:a|some) (?:walk|smoke|break|fresh air|coffee)\b)")

# ---- online and game words for dying -----------------------------------------------------------------------------
_ONLINE_ZH = any_of(
    r"(?:永久|永远)(?:的)?(?:下线|离线|删号|销号)(?!\S{0,4}(?:群|圈|行业|游戏|平台|借呗|支付宝|app|软件|微信|账号|号))",
    r"下线了?\s?(?:永久|永远)的?那种|(?:永久|永远)的那种(?:下线|离线)",
    # (自己 is what is deleted: "前女友把我删除了" is done to the writer by someone else, "我卸载了拼多多" an app)
    r"(?:把)?(?:我)?自己(?:给)?(?:卸载|删除|删掉|格式化|注销|销号|删号)(?:了|掉)?(?!\S{0,3}(?:群|好友|通讯录|列表|账号|微信|app|软件|借呗|支付宝|号))"
    r"|(?:卸载|删除|删掉|格式化)(?:掉)?(?:我)?自己(?!\S{0,3}(?:群|好友|通讯录|列表|账号|微信|app|软件|借呗|支付宝|号))",
    r"人生(?:这个|这场|这局|这盘)?(?:游戏)?\S{0,8}(?:玩不下去|不玩了|不想玩了|game ?over|退出|卸载|删档|下线)",
    # (not someone else leaving the writer's life: "渣男请你退出我的人生", "他已经退出了我的人生")
    r"(?<![你他她])(?:卸载|退出|删除|注销|下线)(?:了)?(?:这个)?(?:人生|生命|这个世界|这世界|这辈子)")
_ONLINE_EN = any_of(
    r"\blog(?:ging|ged)? (?:off|out)(?: of (?:life|this world|everything|existence))?(?: for good| forever| permanently| for the last time| of (?:life|this world|existence))"
    # (an app or a site named after it: "logging off forever from Twitter" leaves the app, not life)
    r"(?! (?:from|on|at|in) (?!life\b|this world|existence|everything))"
    # (a forum, group or app named right after: "logging off for good, this forum is toxic"; mend75 after review88)
    r"(?!.{0,25}\b(?:this|the|that|our|my) (?:forum|group|chat|gc|app|site|platform|server|game|page|thread)\b)",
    r"\b(?:uninstall\w*|delet\w*|eras\w*|format\w*) (?:my ?self|my life|life|my existence|me from (?:this world|life|existence|earth))\b"
    # (life savings erased by a scam; myself deleted from a group chat)
    r"(?! (?:savings|insurance|policy|story|plan|from (?!this world|the world|life|existence|earth|everyone|everybody)))")

# ---- a loan question with no tomorrow ----------------------------------------------------------------------------
# Not being here any more, beside repaying waved away ("人都要没了还还什么借呗", "我活不到还款日了 还用还吗"): the
# debt dismissed BECAUSE the writer will be gone. Tired hyperbole ("累得人都要没了") waves no repayment away.
# (撑不到 of the writer, not a phone's battery: "手机电量撑不到家了 管它呢"; mend75 after review88)
_NOT_HERE_ZH = r"(?:我|人)(?:都|也)?(?:快|要|就要|快要)(?:不在了|没了)|活不(?:到|过)\S{0,6}|(?:我|人|自己)(?:都|也|可能|怕是|估计|大概|真的)?撑不到\S{0,6}"
# (the debt is what is waved away: "还什么加班费" is not; mend75)
_WAVED_ZH = r"还(?:什么|啥|个屁)(?=\S{0,2}(?:借呗|钱|款|债|贷|花呗|信用卡|白条)|\s|$)|还(?:有必要|有什么用|用还)|管(?:什么|啥|它)|逾期就逾期|还不还(?:都)?(?:无所谓|一样)|还用还"
_NO_TOMORROW_EN = (r"\b(?:no longer|not gonna be|not going to be|wont be) (?:around|here|alive|existing)\b.{0,60}\b(?:repay|pay|clear|loan|debt|jiebei)"
                   r"|\b(?:repay|pay|clear|loan|debt|jiebei)\b.{0,60}\b(?:no longer|not gonna be|not going to be) (?:around|here|alive|existing)\b")

DEEDS = (
    Cue("death_reasoning", any_of(rf"(?:{_NOT_HERE_ZH}).{{0,12}}(?:{_WAVED_ZH})", _NO_TOMORROW_EN), negatable=True, hides=False),
    Cue("method", any_of(rf"(?:{_ON_PURPOSE_ZH})\S{{0,8}}(?:{_ROAD_DANGER_ZH})", rf"{_WISH_ZH}(?:{_HIT_ZH})"), negatable=True, hides=False),
    Cue("method", any_of(rf"{_RED_EN}.{{0,30}}(?:{_PURPOSE_EN})", _HIT_EN, _NO_BRAKE_EN), negatable=True, hides=False),
    Cue("self_harm", _FOOD_ZH, negatable=True, near=regex(f"{_REMEDY_ZH.pattern}|{_SAID_ZH.pattern}"), hides=False),
    Cue("self_harm", _FOOD_EN, negatable=True, near=_REMEDY_EN, hides=False),
    Cue("method", any_of(rf"(?:{_DRUG_ZH})\S{{0,16}}(?:{_DOSE_ZH})", rf"(?:{_DOSE_ZH})"), requires=regex(_DRUG_ZH), hides=False),
    Cue("method", _DOSE_EN, hides=False),
    Cue("method", any_of(_STEP_ZH, _STEP_EN), negatable=True, hides=False),
    Cue("wish_gone", any_of(_ONLINE_ZH.pattern, _ONLINE_EN.pattern), negatable=True, hides=False),
)

__all__ = ["DEEDS"]
