"""Abusive collection told by the channel it came through (safe45), in Chinese (CUES_ZH) and English (CUES_EN):

- orders the borrower never placed, aimed at the home: a stream of cash-on-delivery food, ride-hailing cars,
  errand runners or vans sent to the address ("一下午来了十几个送外卖的，都不是我点的", "someone keeps booking
  taxis to my house at 3am"), or ordered in the borrower's name;
- tokens of death delivered or left: joss paper, hell money, burial clothes, a wreath, incense in a parcel or at
  the door ("快递拆开是一叠冥币", "a parcel of hell money");
- a court paper that came by courier and was the collector's, or a fake courier's "court document";
- the borrower's contacts added by strangers who show the borrower's ID;
- a cloned or imitated voice calling a relative.

One delivery, a ride the writer booked, joss paper burned at Qingming or an ID sent for verification are not
channels of pressure: each cue needs the mark of one (many at once, at night, all cash on delivery, not
ordered by the writer, someone's name for the sender). Whether a match is told (not asked, feared, heard of,
negated) is abuse.py's judgement.
"""

from __future__ import annotations

from .clauses import KIN_ZH, any_of

# Who delivers to the door: riders, drivers, couriers, and what they bring.
_DELIVERER_ZH = (r"(?:外卖员|外卖小哥|送外卖的|外卖|骑手|跑腿|闪送|快递员|快递小哥|快递|网约车|出租车|的士|滴滴|货拉拉|代驾|搬家公司|面包车"
                 r"|车|订单|单子|单|蛋糕|鲜花|花篮)")
# Many at once: a count, "一堆", one after another.
_MANY_ZH = r"(?:一堆|一大堆|好多|很多|一群|一拨|几拨|十几|几十|二三十|七八|五六|三四|好几|[2-9][0-9]?|[两三四五六七八九十]{1,3})(?:多)?(?:个|份|单|辆|拨|趟|家)?"
# The writer never ordered them, or someone ordered in the writer's name; all cash on delivery (with a sender).
_NOT_MINE_ZH = (r"(?:都不是我|全不是我|不是我(?:点|叫|订|下|买)|(?:根本|压根|从来|都|也|一[单份个辆样件](?:都|也))(?:没|没有)(?:点|叫|订|下|买)"
                r"|(?:我)?(?:没|没有)(?:点过|叫过|订过|下过单|叫车|点外卖|点什么)"
                r"|(?:冒用|盗用|冒名|以我的名义|用我(?:的|家的?)?(?:名字|名义|地址|手机号|电话|号码))|陌生(?:号码|人|电话)\S{0,2}(?:下|订|点|叫))")
_COD_ALL_ZH = r"(?:全是|都是|全部|全都是?|每单都是?)(?:货到付款|到付)"
_NIGHT_ZH = r"(?:凌晨|半夜|深夜|大半夜|一晚上|整晚|一整晚|一个接一个|一波接一波|接二连三|源源不断|不停)"

# Tokens of death, and how they came.
# (not white flowers: "收到一束白菊花，是同事送来悼念我爸的" is condolence)
_TOKEN_ZH = r"(?:纸钱|冥币|冥钞|黄纸|寿衣|花圈|挽联|遗照|香烛|骨灰盒|棺材|纸人|纸扎|丧葬用品)"
# (not the writer burning it: "在家门口烧了纸钱" is a rite; the token must be brought, sent or left)
_CAME_ZH = (r"(?:(?:给|往|到)(?:我|我家|我们家|我妈|我爸|我父母|我爸妈|我公司|我单位)\S{0,2}(?:寄|送)|收到|拆开|(?:被|有人|人|陌生人|催收|他们)\S{0,4}(?:放|堆|摆|留|挂|扔|撒|寄|送)"
            r"|寄(?:了)?(?:到|给)(?:我|我家)"
            # left at the door by someone unknown ("门口被人放了花圈"); "家门口摆了花圈" alone may be a funeral's (a session
            # after "我爷爷上周去世了"): the unknown sender after the token is read by the token cue below
            r"|(?:门口|门外|门前|楼道|家门|门上)(?:被人?|不知道被谁)(?:放|摆|堆|挂|扔|撒|贴))")
_SENDER_ZH = r"(?:有人|陌生人|催收|他们|对方|那边|讨债的|要债的|不知道谁)"

CUES_ZH = (
    ("channel", any_of(
        # many deliveries the writer never ordered ("一下午来了十几个送外卖的，都不是我点的"); "点了三份外卖货到付款"
        # is the writer's own order, so cash on delivery alone is no mark
        rf"{_MANY_ZH}\S{{0,4}}{_DELIVERER_ZH}.{{0,40}}{_NOT_MINE_ZH}|{_NOT_MINE_ZH}.{{0,40}}{_MANY_ZH}\S{{0,4}}{_DELIVERER_ZH}",
        rf"{_DELIVERER_ZH}\S{{0,10}}{_MANY_ZH}(?:趟|次|拨|单).{{0,40}}{_NOT_MINE_ZH}",
        # one after another, none ordered ("外卖一个接一个都不是我点的")
        rf"{_DELIVERER_ZH}\S{{0,6}}(?:一个接一个|一单接一单|一波接一波|接二连三|源源不断|不停地?(?:来|送|到)).{{0,20}}{_NOT_MINE_ZH}",
        # an order that carries the debt ("每单都写着欠钱还钱", "备注让我还钱")
        rf"{_DELIVERER_ZH}\S{{0,8}}(?:备注|写着|写了|留言|附言|卡片上|纸条)\S{{0,10}}(?:欠钱|还钱|欠债|老赖|骗子|逾期|借呗|不还)",
        # sent by someone: many, all cash on delivery or at night ("催收往我爸妈家送了好几单外卖 全是到付")
        rf"{_SENDER_ZH}\S{{0,10}}{_MANY_ZH}\S{{0,4}}{_DELIVERER_ZH}.{{0,30}}(?:{_COD_ALL_ZH}|{_NIGHT_ZH})",
        # one delivery or car at night that the writer never ordered ("凌晨三点有网约车到楼下 我根本没叫车")
        rf"{_NIGHT_ZH}.{{0,20}}{_DELIVERER_ZH}.{{0,30}}(?:根本|压根|从来)(?:没|没有)(?:点|叫|订|下|买)",
        # ordered in the borrower's name by someone else ("有人冒用我的名字叫了一堆闪送")
        rf"(?:冒用|盗用|冒名|以我的名义)\S{{0,10}}(?:叫|点|订|下单|约|预约)(?:了)?\S{{0,6}}{_DELIVERER_ZH}",
        rf"{_SENDER_ZH}\S{{0,8}}(?:给我|帮我|往我家|到我家|替我)\S{{0,6}}(?:下单|下了单|订|叫|点)(?:了)?\S{{0,4}}{_MANY_ZH}\S{{0,4}}{_DELIVERER_ZH}")),
    ("token", any_of(
        rf"{_CAME_ZH}\S{{0,12}}(?<!烧)(?<!烧了){_TOKEN_ZH}|(?:快递|包裹).{{0,10}}(?:里面|里头|打开|拆开)\S{{0,4}}(?:是|有|装着)\S{{0,6}}{_TOKEN_ZH}|{_TOKEN_ZH}\S{{0,6}}(?:寄|送|快递|包裹)(?:到|给|来)(?:了)?(?:我|我家|我们家)"
        rf"|(?:门口|门外|门前|楼道|家门|门上)\S{{0,4}}(?:放|摆|堆|挂|扔|撒|贴)(?:了|着|满了)?\S{{0,6}}{_TOKEN_ZH}.{{0,8}}不知道(?:是)?谁",
        rf"{_SENDER_ZH}\S{{0,10}}(?:门口|门外|楼道|家门)\S{{0,4}}(?:烧纸|烧香|撒纸钱|撒冥币)")),
    ("fake_legal", any_of(
        # a court paper that came by courier and was really the collector's
        r"(?:法院|传票|判决书|律师函|执行局|起诉书|执行通知).{0,30}(?:其实是|原来是|结果是|竟然是|实际上是|居然是).{0,6}(?:催收|讨债|要债|第三方|外包|催债)",
        # a "courier" calling about a court paper, asking for money or a WeChat
        r"(?:自称|冒充|假装|说是)(?:是)?\S{0,4}(?:快递|快递员|顺丰|邮政|ems|闪送)\S{0,20}(?:法院|传票|判决书|律师函|文书|执行)")),
    ("impersonation", any_of(
        # a relative called in the borrower's cloned or imitated voice
        rf"(?:模仿|假装|冒充|伪造|合成|克隆|变声|仿冒|ai|AI)(?:了|成)?(?:我|他|她|我的?(?:{KIN_ZH}))的?声音",  # any relative's (abuse195)
        rf"(?:用|拿)(?:了)?(?:我|我的?(?:{KIN_ZH}))的声音\S{{0,10}}(?:打|电话|要钱|借钱|转账|语音|合成|克隆|模仿|做)",
        r"(?:跟我|和我)(?:的声音)?(?:一模一样|一样|很像)的?声音\S{0,12}(?:打|电话|要钱|借钱|转账)")),
    ("id_shown", any_of(
        # strangers adding the borrower's contacts and showing the borrower's ID
        r"(?:陌生人|有人|催收|他们|对方|不认识的人)\S{0,8}加(?:了)?\S{0,10}(?:好友|微信|qq|QQ)\S{0,20}(?:身份证|证件|照片)"
        r"|(?:好友申请|加好友|好友验证)\S{0,12}(?:身份证|证件照)")),
)

_DELIVERER_EN = (r"(?:food|takeaway|takeout|delivery|deliveries|orders?|parcels?|packages?|taxis?|cabs?|grab|gojek|didi|uber|cars?|drivers?"
                 r"|riders?|couriers?|delivery (?:guys?|men|riders?|drivers?)|trucks?|vans?|pizzas?|lalamove|foodpanda)")
_MANY_EN = r"(?:a dozen|dozens of|a bunch of|a pile of|loads of|lots of|so many|several|many|a lot of|[2-9][0-9]?|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|one after another)"
# (a denial, not "all cash on delivery" or "in my name" alone: the writer's own orders come so too; "i never ordered so much
# in my life haha" compares, it does not deny; review63)
_NOT_MINE_EN = (r"(?:(?:i|we|they|she|he|nobody|no one) (?:never|didnt|did not|had not|hadnt|have not|havent|ever) (?:order|book|call|ask for)\w*\b"
                r"(?! (?:so|this|that) (?:much|many)| (?:anything|something) like| more)|none (?:ordered|booked) by me|not ordered by me"
                r"|none of (?:them|it) (?:is|was|are|were) mine|not mine|(?:someone|somebody|they|strangers?|collectors?) (?:\w+ ){0,2}(?:ordered|booked|placed|used|using) (?:\w+ ){0,3}in my name"
                r"|using my (?:name|address|number))")
# (food and rides, not parcels: "I keep getting packages I never ordered" may be a seller's brushing scam)
_RIDE_EN = (r"(?:food|takeaway|takeout|taxis?|cabs?|grab|gojek|didi|uber|drivers?|riders?|delivery (?:guys?|men|riders?|drivers?)|pizzas?|foodpanda"
            r"|lalamove|trucks?|vans?)")
_NIGHT_EN = r"(?:at (?:[1-5]|midnight)(?: ?am)?|all night|in the middle of the night|one after (?:another|the other)|non ?stop|every hour|keeps? (?:booking|ordering|sending|getting|receiving|arriving|coming))"
_TOKEN_EN = (r"(?:joss (?:paper|money|sticks)|hell (?:bank )?(?:money|notes?)|ghost money|paper money|burial (?:clothes|clothing)|shroud|funeral"
             r" (?:wreath|clothes)|wreath|coffin|urn)")
_CAME_EN = r"(?:sent|send|sending|mailed|posted|delivered|left|dropped|received|got|parcel|package|box|envelope|at my (?:door|gate|flat|house))"

CUES_EN = (
    ("channel", any_of(
        rf"\b{_MANY_EN} (?:\w+ ){{0,2}}{_DELIVERER_EN}\b.{{0,60}}{_NOT_MINE_EN}",
        # "all" of them cash on delivery and denied: several arrived, none ordered (the count is often clauses before)
        rf"\b(?:all|every one|each) (?:of them )?(?:cash|pay|payment) on delivery\b.{{0,30}}{_NOT_MINE_EN}"
        rf"|{_NOT_MINE_EN}.{{0,30}}\b(?:all|every one|each) (?:of them )?(?:cash|pay|payment) on delivery\b",
        rf"{_NOT_MINE_EN}.{{0,40}}\b{_MANY_EN} (?:\w+ ){{0,2}}{_DELIVERER_EN}\b",
        rf"\b(?:someone|somebody|they|collectors?|the debt (?:people|guys)|strangers?)\b (?:\w+ ){{0,2}}(?:ordered|ordering|booked|booking|sent|sending|called|calling) (?:\w+ ){{0,3}}{_DELIVERER_EN}\b (?:\w+ ){{0,3}}(?:to|at) (?:my|our) (?:home|house|flat|door|address|place|apartment|parents|mums?|moms?|office)\b.{{0,40}}{_NIGHT_EN}",
        rf"\b(?:someone|somebody|they|collectors?|the debt (?:people|guys)|strangers?)\b (?:\w+ ){{0,2}}(?:ordered|ordering|booked|booking|sent|sending|called|calling) (?:\w+ ){{0,3}}{_DELIVERER_EN}\b (?:\w+ ){{0,3}}(?:to|at) (?:my|our) (?:home|house|flat|door|address|place|apartment|parents|mums?|moms?|office)\b",
        rf"\b(?:someone|somebody|strangers?|collectors?|the debt (?:people|guys)|the agency|loan sharks?)\b.{{0,40}}\b{_MANY_EN} (?:\w+ ){{0,2}}{_DELIVERER_EN}\b.{{0,40}}\b(?:all|every one|each) (?:of them )?(?:cash|pay|payment) on delivery",
        # ordered in the borrower's name by someone else ("someone ordered ten parcels in my name")
        r"\b(?:someone|somebody|strangers?|collectors?|they)\b (?:\w+ ){0,2}(?:ordered|booked|placed|sent)\b.{0,40}\bin my name\b",
        rf"{_NIGHT_EN}.{{0,30}}\b{_RIDE_EN}\b.{{0,40}}{_NOT_MINE_EN}",
        rf"\b{_RIDE_EN}\b.{{0,40}}{_NOT_MINE_EN}.{{0,40}}{_NIGHT_EN}")),
    ("token", any_of(
        rf"\b{_CAME_EN}\b.{{0,40}}\b{_TOKEN_EN}\b",  # (mourning: ordinary.py reads its window)
        rf"\b{_TOKEN_EN}\b.{{0,30}}\b(?:delivered|was sent|were sent|left at|at my (?:door|gate|flat|house)|in the (?:mail|post)|came in)")),
    ("fake_legal", any_of(
        r"\b(?:summons|court (?:papers?|documents?|letter|order)|legal (?:document|papers?|letter)|judgment)\b.{0,60}\b(?:actually|turned out|really)\b.{0,20}\b(?:collect\w*|debt|agency)",
        r"\b(?:so.?called|fake|pretend\w*|claim\w*|say\w* (?:he|she) (?:was|is)) (?:a )?(?:courier|delivery (?:guy|man|driver)|postman)\b.{0,60}\b(?:court|summons|legal|lawsuit|judgment|bailiff)")),
    ("impersonation", any_of(
        r"\b(?:fake|faked|faking|cloned?|copied|imitat\w*|mimic\w*|ai|synthesi[sz]ed|deepfake\w*|generated)\b (?:\w+ ){0,2}voices?\b"
        # a copy of a relative's voice ("an AI copy of my sister's voice"; abuse195)
        r"|\b(?:ai|fake|cloned?|synthetic|deepfake)\b (?:copy|version|clone|imitation|recording) of (?:my|his|her|our) (?:\w+ )?voice\b"
        r"|\b(?:in|with|using) my (?:own )?voice\b.{0,40}\b(?:call\w*|rang|phon\w*|money|ask\w*)|\bvoice (?:that )?(?:sounds?|sounded|sounding) (?:just |exactly )?like (?:me|mine|my)\b")),
    ("id_shown", any_of(
        r"\b(?:strangers?|someone|somebody|they|collectors?|people i dont know|unknown (?:people|accounts?))\b.{0,50}\b(?:add\w*|friend requests?|requests?)\b.{0,50}\b(?:my|her|his) (?:id|ic|identity card|nric|passport)\b"
        r"|\b(?:add\w*|friend requests?|requests?)\b.{0,30}\b(?:strangers?|unknown (?:people|accounts?|numbers?))\b.{0,40}\bmy (?:id|ic|identity card|nric|passport)\b"
        r"|\b(?:strangers?|someone|somebody|they|collectors?|agents?)\b (?:\w+ ){0,3}(?:send|sends|sending|sent|share|shares|sharing|shared|attach\w*|show\w*|post\w*) (?:\w+ ){0,3}(?:a |the )?(?:photo |picture |pic |copy )?(?:of )?my (?:id|ic|identity card|nric|passport)\b(?! (?:to|for) (?:verify|verification|alipay|the bank|kyc|jiebei|huabei|apply|my application))")),
)
