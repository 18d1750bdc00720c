"""Abusive collection told by what the collectors did or said they would do, with no threat verb (cues60, round 51).

An independent set missed, in Chinese (CUES_ZH) and English (CUES_EN):

- **Sex as the price of an extension**: an extension, a delay or mercy offered for sex, a night, a hotel room or
  intimate photos (跟他发生关系就帮我延期, "more time if I spend a night with him"). Not an extension for a part payment.
- **Knowing the writer's movements**: when the writer leaves home, gets home, the route to work, when a child leaves
  school ("我们知道你几点出门", 上班的路线他们都知道, "we know what time you get home", "know my daily schedule"). Not the
  writer's own schedule told ("我每天几点出门上班").
- **Taking the writer's things**: collectors carting off furniture, a TV, a car or "the things at home" to settle the
  debt (搬走抵债, 收你屋企啲嘢, "take my TV and fridge", "seize my car"). A court's enforcement (查封, 强制执行) is
  lawful and is not read; a question whether they will is a loan question (abuse.py reads asks).
- **Doxxing**: the writer's name with the workplace published or "hung up" online (挂我, 写了我名字和…上班, "posted my
  name and employer"). The writer's own post is not read.
- **Police claimed to be dispatched** (派警察去我家, 已经出警, "police have been sent / dispatched to my house",
  "officers are on their way to arrest me"). A question whether the police will come is a loan question.
- **Screaming at an elderly relative** (冲着我外婆咆哮, 在电话里吼他 beside a grandparent, "yelled at my grandpa"). Not a
  grandparent who shouted at the collector.

Whether a match is told (not asked, feared, heard of, negated or family talk) is abuse.py's judgement, as for every cue.
"""

from __future__ import annotations

from .clauses import any_of

_SEX_ZH = r"(?:发生关系|上床|睡一?(?:觉|晚|次)|陪(?:他|她)?(?:睡|过夜|一晚)|开(?:个|间|了)?房|裸照|私密照|不雅照|肉偿)"
_MERCY_ZH = r"(?:延期|宽限|展期|缓几天|缓一缓|晚点还|不催|减免|免息|停催|就不用还|少还|抹掉|销账)"
_HOME_ZH = r"(?:(?:几点|什么时候|啥时候)(?:出门|回家|下班|上班|收工|放学|到家|出去)|(?:上班|下班|回家|出门)(?:的)?(?:路线|时间|路))"
_KNOW_ZH = r"(?:知道|清楚|掌握|摸清|摸透|盯着|都知|晓得)"
_GOODS_ZH = r"(?:家电|电器|家具|电视|冰箱|洗衣机|空调|沙发|车|电动车|摩托|东西|嘢|值钱的|手机|电脑)"
_CART_ZH = r"(?:搬|拉|拿|抬|收|扛|开)(?:走|晒|去)?"
_PUBLISHED_ZH = r"(?:发|挂|贴|写|曝光|公开|晒|放)(?:了|出|到|在)?"
_NAME_ZH = r"(?:真名|全名|名字|姓名)"
_WORK_ZH = r"(?:单位|公司|工作单位|上班的地方|在哪\S{0,4}(?:上班|工作)|哪个\S{0,4}(?:上班|工作)|工作的地方|工号)"
_POLICE_ZH = r"(?:警察|民警|公安|派出所|刑警|警方|警车)"
_ELDER_ZH = r"(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|老人|老人家|阿婆|阿公|嫲嫲|婆婆|公公|老爸|老妈|爸妈|父母)"
_YELL_ZH = r"(?:吼|咆哮|大吼|怒吼|大骂|破口大骂|凶|呵斥|喝斥|狂骂|尖叫|嚷)"

CUES_ZH = (
    ("sexual", any_of(
        rf"{_SEX_ZH}\S{{0,12}}(?:就|才|便|可以|能)\S{{0,6}}{_MERCY_ZH}",
        rf"{_MERCY_ZH}\S{{0,8}}(?:条件|前提|代价)\S{{0,6}}{_SEX_ZH}")),
    ("violence", any_of(
        rf"{_HOME_ZH}\S{{0,8}}(?:他们|我们|我哋|佢哋)?(?:都|全|早就|早已)?{_KNOW_ZH}(?!\S{{0,3}}(?:吗|么|嘛))",
        rf"(?<!妈)(?<!爸)(?<!我){_KNOW_ZH}(?:我|你|我的|你的)?(?:孩子|小孩|女儿|儿子|老婆|老公)?(?:每天)?{_HOME_ZH}(?!\S{{0,3}}(?:吗|么|嘛))",
        rf"{_CART_ZH}(?:我|你)?(?:家|屋企)?(?:的|啲|里的)?{_GOODS_ZH}\S{{0,4}}(?:抵债|抵账|还债|抵)",
        rf"(?:要|说|威胁|扬言)\S{{0,4}}{_CART_ZH}(?:我|你)(?:家|屋企)(?:的|啲|里的)?{_GOODS_ZH}",
        rf"(?:就|会)\S{{0,2}}{_CART_ZH}你(?:家|屋企)(?:的|啲|里的)?{_GOODS_ZH}",
        rf"(?:要|说|威胁|扬言|会)\S{{0,3}}(?:把|将)(?:我|你)(?:家|屋企)?(?:的|啲|里的)?\S{{0,4}}{_GOODS_ZH}\S{{0,6}}{_CART_ZH}",
        rf"(?:把|将)(?:我|你)?(?:家|屋企)?(?:的|啲|里的)?\S{{0,4}}{_GOODS_ZH}\S{{0,6}}{_CART_ZH}\S{{0,2}}(?:抵债|抵账|还债)")),
    ("shaming", any_of(
        r"(?<!我)(?:挂|人肉|曝光)(?:了)?我(?!\S{0,2}(?:电话|的电话|号))",
        rf"(?<!我){_PUBLISHED_ZH}\S{{0,4}}(?:我的?)?{_NAME_ZH}\S{{0,10}}{_WORK_ZH}",
        rf"(?<!我){_PUBLISHED_ZH}\S{{0,4}}(?:我的?)?{_WORK_ZH}\S{{0,10}}{_NAME_ZH}")),
    ("impersonation", any_of(
        rf"(?:派(?!出所)|派了|叫了|出动)\S{{0,2}}{_POLICE_ZH}\S{{0,6}}(?:(?:去|到|来|上门)(?:我|你)|抓(?:我|你))",
        rf"{_POLICE_ZH}\S{{0,4}}(?:已经|已|马上|正在|就要)\S{{0,2}}(?:出动|出警|出发|上门|在路上)?.{{0,6}}(?:到你|去你|去我|到我|来抓|去抓|抓你|抓我|上门抓)")),
    ("violence", any_of(
        rf"(?:对着|冲着|冲|朝着|朝|对)(?:我)?(?:的)?(?:[0-9七八九六]+十?多?岁的)?{_ELDER_ZH}\S{{0,6}}{_YELL_ZH}",
        rf"{_YELL_ZH}(?:我)?(?:的)?(?:[0-9七八九六]+十?多?岁的)?{_ELDER_ZH}",
        rf"{_ELDER_ZH}.{{0,20}}(?<!被)(?<!给){_YELL_ZH}(?:他|她)")),
)

_SEX_EN = (r"(?:sleep with|sleeping with|slept with|spend (?:a|the) night with|sex|sexual|a hotel room|go to a hotel|nudes?|private (?:photos|pictures|pics)"
           r"|intimate (?:photos|pictures)|go out with him|be his girlfriend)")
_MERCY_EN = r"(?:extension|extend\w*|more time|delay\w*|postpon\w*|waive\w*|forgive\w*|stop calling|hold off|grace period|off the hook)"
_ELDER_EN = r"(?:grand\w+|granny|gran|nana|nan|grandparents?|elderly \w+|old (?:mum|mom|dad|mother|father|man|lady)|(?:\w+ )?year old (?:grand\w+|mum|mom|dad|mother|father|nan))"

CUES_EN = (
    ("sexual", any_of(
        rf"\b{_MERCY_EN}\b.{{0,40}}\b(?:if|for|in exchange for|in return for|as long as) (?:i |me )?(?:\w+ ){{0,3}}{_SEX_EN}\b",
        rf"\b{_SEX_EN}\b.{{0,30}}\b(?:for|in exchange for|in return for|to get) (?:an? |my |the )?(?:\w+ )?{_MERCY_EN}\b")),
    ("violence", any_of(
        r"\b(?:we|they|he|she|collectors?|agents?) (?:\w+ ){0,2}know (?:what time|when|where) (?:you|i|my \w+|your \w+) (?:leave|get home|finish|come home|go out|walk|pick up)\b",
        r"\bknow (?:my|your|our) (?:daily )?(?:schedule|routine|route)\b",
        r"\b(?:take|taking|seize|seizing|haul|cart|carry|repossess)\w* (?:away )?(?:my|your|our) (?:tv|fridge|furniture|car|stuff|things|belongings|scooter|motorbike|appliances)\b",
        r"\b(?:my|your|our) (?:tv|fridge|furniture|car|stuff|things|belongings|scooter|appliances) (?:will|would) be (?:taken|seized|carted off|repossessed)\b")),
    ("shaming", any_of(
        r"\b(?:they|he|she|someone|somebody|collectors?|agents?|the agency|the lender|people)\b (?:\w+ ){0,2}(?:posted|put|shared|published|leaked|listed|exposed)\b (?:my (?:real |full )?name|my details) (?:and|with) (?:my )?(?:employer|workplace|company|job|office|work address|where i work)\b",
        r"\b(?:my )?(?:real |full )?name and (?:my )?(?:employer|workplace|company|where i work)\b.{0,20}\b(?:on|all over) (?:\w+ ){0,2}(?:facebook|instagram|tiktok|weibo|douyin|xiaohongshu|twitter|x|reddit|forum|group|internet|online|social media)\b")),
    ("impersonation", any_of(
        r"\b(?:police|officers?|cops)\b (?:have|has|had|were|was|are|is) (?:been |being )?(?:dispatched|sent)\b",
        r"\b(?:police|officers?|cops)\b (?:are|were|is) (?:on (?:their|the) way|coming) to (?:arrest|get|pick up) (?:me|you)\b",
        r"\bdispatch\w* (?:the )?(?:police|officers?)\b")),
    ("violence", any_of(
        rf"\b(?:yell\w*|scream\w*|shout\w*|screech\w*|roar\w*|bellow\w*)\b (?:at|abuse at) (?:my |our )?(?:\w+ )?{_ELDER_EN}\b")),
)

__all__ = ["CUES_ZH", "CUES_EN"]
