"""A lethal means kept, a harm done again, another way planned, a payout weighed on a fall (safe43, round 35).

The rules read a means with a verb of use or of buying before it ("买了一瓶百草枯"); writers also name the thing first
and say only that it is ready or where it is kept ("敌敌畏已经买了", "炭和胶带在后备箱"). Beside these, harm told as done:

- **A means kept, named first**: poison, charcoal, tape, rope, sleeping pills, then bought, ready, saved or hidden. The
  everyday reading is read in the same window only (``near``): crops, pests, a barbecue, a move, a doctor.
- **Tablets swallowed by the handful** with no word of medicine ("一次吞下了十几片"): a count of ten or more, or a whole
  strip or bottle, swallowed; not a dose (一次两片), not food (十几片西瓜).
- **A ligature made of bedding** ("又撕了床单打结", "床单撕成条编起来"): torn and knotted or twisted into a cord; a
  sheet tangled in the wash is neither torn nor twisted by the writer.
- **Saved from one attempt, planning another way** ("上次吃药被救回来了，下次换个方法", "was in hospital after cutting,
  next time another way"); not a repayment done another way ("这次想换个方式还款").
- **An insurance payout weighed on a fall or a jump** in English ("does the insurance pay if I fall from my block");
  a fall from a height is named (the roof, the block, a floor, a bridge), never a fall on the stairs.

Every cue is additive (``hides=False``): when its everyday reading cancels it, the window is left to the older rules.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_KEPT_ZH = r"百草枯|农药|敌敌畏|老鼠药|毒鼠强|安眠药|安定片|木炭|炭|胶带|绳子|麻绳|刀片"
_EVERYDAY_ZH = regex(r"地里|田里|果树|庄稼|菜地|虫|除草|杀草|草太多|打药|喷药|杀虫|灭鼠|蟑螂|农活|施肥|化肥|农资|种(了|的|地|菜|果)"
                     r"|烧烤|火锅|取暖|烤肉|搬家|捆|打包|装修|快递|包装|跳绳|晾|医生|医嘱|处方|开的药|失眠门诊")
# Whether it can be bought is asked, not kept ("百草枯现在还能买到吗", "哪里买得到"): no modal or "where" before the verb.
_NOT_ASKED = r"(?<!能)(?<!可以)(?<!哪里)(?<!哪儿)(?<!在哪)(?<!怎么)(?<!去哪)"
_NUMBER = r"(十|十几|二十|二十几|三十|几十|四十|五十|一百|[1-9][0-9])"
_FOOD = r"西瓜|葡萄|饺子|糖|瓜子|花生|草莓|樱桃|肉|面包|薯片|饼干|维生素|钙片|口香糖|巧克力|枣|荔枝|龙眼|汤圆|丸子|包子|苹果|橙|柚子|叶|菜"
_DRINK_ZH = r"酒|水|饮料|可乐|奶|茶|咖啡|汤|汽水|果汁"
_FOOD_EN = (r"(nuts|peanuts|almonds|cashews|walnuts|pistachios|seeds|raisins|grapes|cherries|berries|blueberries|strawberries|popcorn|chips|crisps"
            r"|candy|candies|sweets|gummies|gummy|m&ms|skittles|jelly|chocolate\w*|cookies|biscuits|crackers|pretzels|cereal|rice|noodles|fries|food"
            r"|vitamins?|fish oil|supplements?|protein|water|wine|champagne|prosecco|bubbly|beer|soda|coke|cola|juice|lemonade|milk|vodka|whiske?y|gin|rum|tequila|sake|soju|baijiu|coffee|tea|ice|snow|dirt|sand|air)\b")
# After the count: nothing, a space, a particle or a medicine ("吞了二十几粒安眠药"), never another noun counted.
_MEDICINE = r"药|安眠|安定|止痛|退烧|感冒|头孢|布洛芬|阿司匹林|扑热息痛|对乙酰|氯硝|地西泮|唑仑|佐匹克隆|思诺思|舍曲林|抗抑郁|镇静|胰岛素"
_AFTER_COUNT = rf"(?=$|\s|[了的吧啊呀啦都全就我又现然还在后，,。]|{_MEDICINE})"
# A dose or a supplement right before the swallowing, where no medicine of overdose is in the window.
_DOSE = regex(r"^(?!.*(安眠|安定|药片|止痛药|氯硝|地西泮|唑仑|佐匹克隆|一整板|一整瓶|全吞|都吞))"
              r".*(每次|每回|每天|每日|一天[一二三两四0-9]次|一日[一二三两四0-9]次|(?<!药)丸|维生素|维C|钙片|鱼油|保健品|益生菌|叶酸)"
              r"\S{0,8}(吞|咽|服|吃)")
# A craft, a repair or a use said right after the knot or the hanging point (review61).
_NO_CRAFT = (r"(?!\S{0,8}(做|当|给|凑合|缝|补|玩具|门垫|地垫|拖把|抹布|帘|挡|遮|晒|晾|装饰|手工|篮|包|垫|隔|用|固定))")

MEANS = (
    # A means named first, then kept: "敌敌畏已经买了", "炭和胶带都备好了", "安眠药藏在枕头底下".
    Cue("preparation", any_of(
        rf"({_KEPT_ZH})(和|跟|还有)?\S{{0,4}}(都|也|已经|早就|早|我)*\S{{0,2}}{_NOT_ASKED}(买|备|准备|攒|囤|弄|搞)(好|了|到|齐|够)(?!\S{{0,3}}[吗么嘛呢])",
        rf"({_KEPT_ZH})\S{{0,6}}(藏|塞|压)(在|到|进)\S{{0,8}}(床底|柜|抽屉|包|车|后备箱|枕头|口袋|出租屋|宿舍|房间|箱子)"),
        negatable=True, near=_EVERYDAY_ZH, hides=False),  # (锁 is no keeping: locked away from a child; review61)
    # Tablets swallowed by the handful, no word of medicine needed. What follows the count is medicine or nothing (end,
    # a space, a particle): "二十颗车厘子" counts fruit. A dose (每次, 一天三次), Chinese pills taken by the dozen (水丸,
    # 六味地黄丸) and supplements (维生素, 鱼油) are read right before the swallowing, unless a medicine of overdose is in
    # the window (review61).
    Cue("self_harm", any_of(
        rf"(吞|咽|服)(下|了|掉|下去)+\S{{0,2}}({_NUMBER}|一整|整|一大把|一把)\S{{0,3}}(片|粒|颗|瓶|板|盒){_AFTER_COUNT}",
        rf"(一次|一口气|一下子|一下)\S{{0,2}}(吃|吞|咽)(下|了|掉)+\S{{0,2}}({_NUMBER}|一整|整|一大把)\S{{0,3}}(片|粒|颗|板|瓶){_AFTER_COUNT}",
        # the count told a clause after or before the swallowing ("一起吞了，二十多粒", "二十多粒一起吞了")
        rf"(吞|咽)(了|下|掉)+\s?.{{0,10}}?{_NUMBER}多?(片|粒|颗){_AFTER_COUNT}",
        rf"{_NUMBER}多?(片|粒|颗)(?!\S{{0,1}}({_FOOD}))\S{{0,6}}(都|全|全部|一起|一口气)?(吞|咽)(了|下|掉)"),
        negatable=True, hides=False, near=_DOSE),
    # A handful or a whole pack swallowed, whatever its name (stop 52: "吞了一把头孢" beside the loan, "swallowed a handful of
    # amoxicillin" were read only when no loan words outvoted the learned reader): the amount is the overdose, not the drug's
    # name, which no list holds. Only 吞/咽 and swallowed/popped/downed (eating a handful is food); food and drink after it
    # are everyday (一把瓜子, "a handful of almonds", "a bottle of soju").
    Cue("self_harm", any_of(
        rf"(吞|咽)(下|了|掉|下去)+\S{{0,2}}(一大把|一把|一整把|一整瓶|一整盒|一整板|整瓶|整盒|整板)(?!\S{{0,4}}({_FOOD}|{_DRINK_ZH}|口水|沙|土|灰|气))",
        rf"\b(swallowed|popped|downed)\b (like |about |maybe |almost |just )?(a|the|my) (whole |full |entire |big )?(handful|fistful)s? of (?!{_FOOD_EN})\w+",
        rf"\b(swallowed|downed)\b (like |about |maybe |almost |just )?(a|the|my|her|his|mums?|moms?|dads?) (whole |full |entire |big )?(bottle|box|pack|packet|strip|blister pack|jar|tub)s? of (?!{_FOOD_EN})\w+"),
        negatable=True, hides=False, near=_DOSE),
    # A ligature made of bedding or cloth, torn and knotted or twisted into a cord. A craft or a repair is said right
    # after it (做成拖把, 当帘子, 给狗当玩具, 先凑合用) or by what was torn (旧床单, 撕了个口子): no ligature (review61).
    Cue("self_harm", any_of(
        rf"(撕|剪)(了|开|成|掉)*\S{{0,4}}(?<!旧)(床单|被单|被罩|衣服|布|毛巾)\S{{0,8}}(打|系|拧|编|搓|绑)(了|成|起来)*\S{{0,3}}(结|绳|套|起来){_NO_CRAFT}",
        rf"(?<!旧)(床单|被单|被罩|布条)(?:(?!口子|个洞|破了)\S){{0,4}}(撕|剪)(了|成|开)*(?:(?!口子|个洞|破了)\S){{0,8}}(打|系|拧|编|搓|绑)(了|成|起来)*\S{{0,3}}(结|绳|套|起来){_NO_CRAFT}",
        # tied where one hangs ("挂在门框上"), not hung up against the sun or as a curtain
        rf"(?<!窗帘)(床单|被单|布条|绳子)\S{{0,8}}(挂|系|绑|吊)(在|到|上)\S{{0,4}}(门框|门把|窗框|横梁|房梁|水管|暖气管|吊扇|脖子){_NO_CRAFT}",
        r"\b(bed ?)?sheets?\b.{0,24}\b(torn|ripped|cut|twisted)\b.{0,24}\b(knot\w*|into (a )?(rope|noose|cord))|\b(knotted|tied|twisted) (the |my )?(bed ?)?sheets? (into|together)\b"),
        negatable=True, hides=False),
    # Saved from one attempt, another way planned.
    Cue("plan", any_of(
        r"(被救|救回来|救过来|抢救|洗胃|洗了胃|缝了\S{0,3}针|送(进|去|到)?(了)?医院).{0,24}(下次|这次|这回|下回|以后)?\S{0,6}"
        r"(换(个|一个|一种|种)?(办法|方法|方式|法子|别的)|换(个|一个)?地方(?=$|\s|了|吧|再|试)|用别的(办法|方法)?|不会再被(救|发现)(回来)?)(?!\S{0,4}(还|付|交|借|贷|分期|治|看病|复查|检查))",
        r"\b(hospital|pumped my stomach|stitches|stitched up|icu|a&e|er)\b.{0,60}\bnext time\b.{0,20}\b(another|a different|other) (way|method)\b(?! (to|of|for|around|there|home)\b(?! (do it|end it|die|kill|make sure)))"),
        negatable=True, hides=False),
    # Done again, after an attempt the message names: "I attempted last year. Yesterday I tried again, now I'm better"
    # (a recent "tried again" with no object; "tried again to call them" is left).
    Cue("self_harm", any_of(
        r"\b(yesterday|last night|this morning|earlier today|today|tonight|just now|last week|this week)\b.{0,12}\bi (tried|attempted)( it)? again\b(?! (to|with|and|calling|paying|asking|later|tomorrow|next|the|my|for|on|at)\b)"),
        negatable=True, hides=False,
        requires=regex(r"\b((?<!payment )(?<!login )(?<!log in )attempt\w*\b(?! to (?!(kill|end|take|hurt|hang|cut|overdose|die|do it)\b))|overdos\w*|suicid\w*|kill (my)?self|end (my|it)|hang\w* myself|cut (my)?self|my wrists?)\b")),
    # An insurance payout weighed on a fall from a height or a jump (English; the Chinese was read already).
    Cue("death_reasoning", any_of(
        r"\b(insurance|insurer|policy|payout|pay out)\b.{0,40}\bif i (jump|fall|fell|throw myself|go) (off|from|down from) (the |my |our |this |a )?"
        r"(roof|block|building|flat|bridge|balcony|window|ledge|[0-9]+(st|nd|rd|th)? floor|top floor)(?!.{0,10}\b(while|when|whilst) \w+ing\b)",
        r"\bif i (jump|fall|fell) (off|from) (the |my |our |this |a )?(roof|block|building|bridge|balcony|ledge|[0-9]+(st|nd|rd|th)? floor|top floor)\b"
        r".{0,40}\b(insurance|insurer|policy|payout|pay out)\b",
        r"\b(insurance|insurer|policy)\b.{0,30}\b(pay|cover)\w*\b.{0,20}\bif i (jump|jumped)\b(?! (ship|the queue|jobs?|in|on|at|into|through|to|from job))",
        r"\bif i (jump|jumped)\b(?! (ship|the queue|jobs?|in|on|at|into|through|to|from job)).{0,30}\b(insurance|insurer|policy)\b.{0,20}\b(pay|cover)"),
        negatable=True, hides=False),
)
