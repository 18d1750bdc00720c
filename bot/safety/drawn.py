"""The writer's body at an edge, a height or water, or drawn to one, in a life weighed down (perch136, issue 12, Round 91).

Independent sets kept missing crises told with no intent word and none of perched.py's state words: standing on a
bridge every night since a divorce, going to stand at the 18th-floor window whenever the collector rings, sitting on a
roof's edge with the legs over after a smoke, a fisherman who thought of going over the side "where nobody would find
me", a worker abroad who walks to the beach every night "and doesn't want to walk back", researching the tallest
bridges, a "story" asking what time a rooftop is empty. Each names a different place in different words; what they
share is a STRUCTURE, read here as four parts (and none of them alone is read):

- **where**: an edge, a height or water (a bridge, a river, the sea, a roof, a balcony, a window up high, a railing, a
  cliff, a crane, a dam; high floors by number);
- **the writer's body there or drawn there**: going, standing, sitting, leaning or looking down at the place, or looking
  the heights up (the tallest, the deepest, how high);
- **the draw**: it pulls (wanting not to come back, "it waits for me", coming closer, looking down, thinking of going
  over, going first), or the body is over the edge (legs outside, on the railing, leaning out), or a child is held
  there; in a story, the practical detail of the character's plan (what time, whether a door is locked). Habit and time
  words alone (every night, alone, for hours, 每天, 一个人, 半夜) are NO draw (mend144, review141 F2: a river walk, a
  balcony smoke, night fishing or a beach visit in grief recur too, and had become crisis replies);
- **a weight on the writer's life**: the loan or a debt, or a loss (a divorce, a death, a job, a scam, years of caring).
  In this domain nearly every message names the loan, so this is barely a gate.

And no everyday reason to be there: joy in a view or a thrill, photos, a trip, sport or a hobby, work at a height, a
chore, a school project, fear of heights, relief after danger, or someone else's body at the edge (kin, he or she
before the verb with no 我/I between, over the whole message: mend144). A chore (a smoke, the breeze) yields when the
body is over the edge or the pull is told ("抽完就坐在边上，腿悬在外面"); joy and work never do.
Only ADDS a crisis (cue "drawn"); it hides nothing any other reader found. ``own_body`` says whether the writer is
the body (我/I before the verb, or a child held): only then does a drawn reading take the writer's crisis reply
(__init__.someone_at_risk); otherwise the who-acts logic decides (review141 F1).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH, Clause
from .scenes import CHORES

# Where. Water by its shore or body, not a province's name (河南, 上海 and 湖北 are no water; clauses.py already folds
# most place names to 某地); a window only up high (not a bank's 窗口).
_WATER_ZH = r"江边|江桥|江堤|江水|江面|长江|河边|河里|河水|河堤|河面|海边|大海|海里|海水|海浪|出海|海上|看海|海那么|礁石|湖边|湖里|湖水|水库|大坝|码头|堤上"
_HIGH_ZH = (r"桥上|桥边|桥头|大桥|天桥|铁桥|江桥|高架|楼顶|天台|屋顶|顶楼|顶层|阳台|窗台|窗边|窗户|窗框|栏杆|护栏|桥栏|悬崖|崖边|塔吊|高楼"
            r"|[0-9]{2}楼|[二三四五六七八九]?十[一二三四五六七八九]?楼|最高的\S{0,3}(桥|楼)|多高的\S{0,2}(桥|楼)")
_PLACE_EN = (r"bridges?(?! loan)|river|riverbank|sea|seafront|beach|ocean|lake|reservoir|dam|pier|jetty|quay|harbou?r|cliffs?"
             r"|roofs?|rooftop|ledge|balcony|window ?sill|window|railing|overpass|viaduct|crane|train tracks|railway tracks"
             r"|the water(?! (bill|cooler|heater|supply|meter))|over the side|overboard|top floor|[0-9]+(st|nd|rd|th) floor|[0-9]+ floors up")
# (the heights looked up gate the search too: "the tallest bridges"; not a body's place, "the highest rate" is no height)
_PLACE = regex(rf"{_WATER_ZH}|{_HIGH_ZH}|\b({_PLACE_EN}|tallest|highest)\b")

# The writer's body there: going to, standing, sitting, leaning, looking down, staying; or the heights looked up.
_BODY_ZH = (r"(站|坐|待|呆|趴|蹲|靠|扶着|探|爬|走到|跑到|走去|开到|开车到|(?<!搬)去了?|来到|到了|上到|往)\S{0,10}(" + _WATER_ZH + "|" + _HIGH_ZH + ")"
            r"|(" + _WATER_ZH + "|" + _HIGH_ZH + r")\S{0,6}(站|坐|待|呆|趴|蹲|探|悬|发呆|往下看|不想下来|不下来)"
            r"|(我|自己)(现在|正|还)?在\S{0,4}(" + _WATER_ZH + "|" + _HIGH_ZH + r")|腿悬|悬在外面|翻(下|出)去")
_BODY_EN_SELF = (r"\bi(m| am| was| keep| find myself| always| just| usually| then)?( (?!(he|she|him|her|they|them|my)\b)\w+){0,2} (go|going|went|walk|walking|walked|stand|standing|stood"
            r"|sit|sitting|sat|lean|leaning|leaned|climb|climbed|drove|drive|came|come|stare|staring|stared|look|looking|hang|hanging)"
            rf"( \w+){{0,5}} ({_PLACE_EN})\b")
_BODY_EN = (rf"{_BODY_EN_SELF}|\b(standing|sitting|leaning|hanging|staring) (on|at|by|over|out|off|into|down)( \w+){{0,4}} ({_PLACE_EN})\b"
            r"|\bmy (legs|feet) (are )?(hanging|over|dangling|outside)\b")
_BODY = regex(rf"{_BODY_ZH}|{_BODY_EN}")
# The heights looked up (the tallest bridge, how deep, how high): the writer drawn there before going, so it stands for
# both the body and the draw; a trip, photos or a school project explain it (_NEVER).
_RESEARCH = regex(r"(查|搜|研究|看)了?\S{0,6}(最高|多高|最深|多深)"
                  r"|\b(research|researching|researched|looking up|looked up|look up|googl\w+|search\w*) (the |which |how )?(tallest|highest|deepest|high)\b")

# The draw: it PULLS (mend144, review141 F2). Habit and time words (every night, alone, for hours, 每天, 一个人, 半夜,
# 一整天) are no draw on their own: river walks, balcony smokes, night fishing and beach grief recur too, and with a
# loan in nearly every message they had made "a place + go there + every day" a crisis reply. A pull is wanting not to
# come back, the water or the edge calling, coming closer, looking down, thinking of going over, the writer going
# first, not knowing what one is doing there, or a time when nobody is there; or the body over the edge (_OVER).
_PULL_ZH = (r"不想回|不回去|不想下来|不下来|不想离开|不想走(?!路)|越(站|走|靠)越|越来越近|(它|海|江|河|湖|水)\S{0,4}在(等|叫)我"
            r"|(水|江|河|海|湖|下面|楼下)\S{0,3}吸引|吸引着?我|想过\S{0,4}(翻|跳|下去|不如)|不如(翻|跳|下去)|谁也找不着|找不到我"
            r"|先走一步|(要是|如果|万一|假如)\S{0,3}先走|往下看|看着下面|水\S{0,5}(平静|安静|温柔)|不知道自己(想)?(干嘛|在干嘛)")
_PULL_EN = (r"\b(drawn to|dont want to (walk|go|come|get) (back|down|home)|not (coming|going) back|(it|the (sea|water|river|edge|drop)) (wants|is calling|calls|keeps calling|is waiting for) me"
            r"|pull\w* me|closer (each|every|and closer|to the (edge|water|drop|rail\w*))|without meaning to|look\w* down|stare\w* (down|over|into the water)"
            r"|go(ing)? first|(water|sea|river) looks (calm|peaceful|soft|quiet|still)|stop thinking|make it stop)\b")
# The body over the edge: legs or feet outside, sitting on a railing or a roof's edge, leaning out, climbing a railing,
# a crane or a bridge's structure.
_EDGE_ZH = (r"腿悬|脚\S{0,2}(搭|悬|吊|伸)在外面|悬在外面|(楼顶|天台|屋顶|桥|崖|楼)\S{0,2}(边上|边沿|边缘)|坐在\S{0,6}(栏杆|护栏)上|栏杆外|护栏外"
            r"|翻(下|出|过)(去|栏杆|护栏)|探出(身|半|头|去)|爬(上|到)\S{0,4}(栏杆|护栏|塔吊|桥栏)")
_EDGE_EN = (r"\b((legs|feet) (are )?(hanging|dangling|over|outside)|outside the rail\w*|over the (edge|rail\w*|side)|overboard|lean\w* (out|over)"
            r"|on the (very )?edge of the (roof|bridge|building|cliff|balcony|platform|pier|ledge)|sit\w* on the (railing|rail|ledge|edge|parapet)"
            r"|climb\w* (up |onto |over |on )?(the |a )?(\w+ )?(bridge|railing|crane|parapet|rail))\b")
_DRAW = regex(rf"{_PULL_ZH}|{_PULL_EN}|{_EDGE_ZH}|{_EDGE_EN}")
# The collection call itself sending the writer to a height the writer states by its floor ("我住18楼，每次催款电话一响我
# 就去窗户边站着"): the pressure is the pull, and why tell the floor. Not a habit word: a walk, a smoke or calming down
# there (_ERRAND) still explains it, and a height with no floor told is not read.
_FLOOR = regex(r"[0-9]{2}楼|[二三四五六七八九]?十[一二三四五六七八九]?楼|\b([0-9]{2}(st|nd|rd|th) floor|[0-9]{2} floors up)\b")
_CALLED = regex(r"(每次|一)\S{0,12}(催|电话|短信)\S{0,6}(响|来|打)\S{0,4}就|\b(every time|whenever|each time) (they|the (collector|collection|app|bank|loan)\w*( \w+)?|it|my phone) (call|calls|ring|rings|text|texts)\b")

# A weight on the writer's life: the loan or a debt, or a loss. (In this bot's domain nearly every message names the
# loan, so this is no real gate (review141 F2); it only keeps a place and a pull with no debt and no loss out.)
_WEIGHT = regex(r"借呗|网贷|欠|逾期|催|电话一响|还不上|还不起|债|贷款|离婚|去世|走了以后|死了|失业|裁员|被骗|没活|照顾|痴呆|瘫痪|失恋"
                r"|\b(jiebei|loan|loans|debts?|owe|owed|owing|overdue|collect\w*|divorc\w*|died|passed away|left me|lost (my|the|everything)"
                r"|laid off|scammed|caring for|broke|(every time|whenever|when) (they|the app|the bank) (call|calls|ring|rings|text|texts))\b")

# Everyday reasons to be there, which no pull outweighs: joy, a view, photos, a trip, sport or a hobby, work at a height,
# a school project, fear of heights, relief after danger, a purchase or a plan for the money.
_NEVER = regex(r"好美|太美|壮观|风景|夜景|拍照|拍了|照片|摄影|打卡|朋友圈|度假|旅游|攻略|游轮|酒吧|(?<!不)开心|好玩|刺激|太爽|(?<!不)爽|蹦极|跳伞"
               r"|冬泳|游泳|潜水|攀岩|爬山|登山|跑步|钓了|钓鱼|擦玻璃|高空作业|作业证|训练|消防|工程师|巡检|索降|恐高|腿(都)?软|还好|幸好|好在"
               r"|能(不能)?分期|分期(吗|怎么|合适)|提额|额度(怎么|能)|浇水|种了|花园|晒被子|晾|烧烤|捡贝壳|筑巢|鸟窝|小鸟|猫咪|小猫|我家猫|小狗|遛狗"
               r"|电影|视频|纪录片|城墙|古代|课题|作业(?!证)|带\S{0,6}去(看|玩|逛|参观)|去\S{0,6}玩|(?<![不想])玩了|夜钓|钓|喂(鸭|鱼|鸟|鸽)"
               r"|\b(view|views|sunset|sunrise|photo\w*|pictures?|shots|holiday|vacation|trip|cruise|bar|drinks|fun|amazing|lovely"
               r"|beautiful|unreal|worth it|best (day|thing|view|time|part)|hobby|swim\w*|surf\w*|div(e|es|ing|er|ers)|climb\w* (gym|wall)|hik\w*"
               r"|jog\w*|(go|went|going) for a run|fishing|fish|fish and chips|clean\w* windows|for a living|(for|at) my job|at work|on (my |the )?shift"
               r"|night shift|rappel\w*|training|firefight\w*|inspector|lifeguard|certificate|school|project|homework|scared of heights"
               r"|afraid of heights|made it back|phew|garden\w*|barbecue|bbq|shells|bird|cat|puppy|walking the dog|video|movie|film|castle"
               r"|medieval|bungee|raise my limit|(repay|pay (it |this )?off) early|early repayment)\b")
# A reason to be there that the pull outweighs: a chore (scenes.CHORES: a smoke, the breeze, signal), taking a call out of
# earshot, waiting for someone to come home, reading, clearing one's head, work on the water (a fisherman goes to sea every night; "想过不如翻下去" is no work).
_ERRAND = regex(rf"{CHORES.pattern}|(走|去|跑)\S{{0,6}}接|怕吵|吵醒|散心|跑船|渔民|打渔|船员|paid off|还清|快还完|看书|读书|(在|边)\S{{0,3}}工作|工作到|加班|学习|复习|直播|打游戏|追剧|进货|搬货|卸货|上货|冷静|平复|透气|透透气|哄\S{{0,2}}睡|哄(孩子|宝宝|娃)|喂奶|喂饭|晒太阳|散步|看(烟花|月亮|星星|花灯|游行)|给(她|他|孩子|宝宝)看"
                r"|等\S{0,6}(回家|回来|下班|放学)|\b(wait\w* for (my|the|him|her|them)|reading|working|studying|gaming|a book|to (answer|take) (it|the call|calls)|so the (kids|baby|children)|clear\w* my head|almost paid|nearly paid"
                r"|fisherman|fishermen|sailor|crew|deckhand|trawler|rock\w* (her|him|the baby|them)|to sleep|feed\w*|calm (myself )?down|get (some )?air|for air|fresh air|fireworks|parade|(so|for) (she|he|the baby|the kids?|they) (can|could) (see|watch))\b")
_LOST_JOB = regex(r"\b(lost|quit|lose|losing) (my|the|his|her) job\b")
# The body over the edge, or the pull told: a chore there (a smoke, the breeze, a walk) no longer explains the scene.
_OVER = regex(rf"{_EDGE_ZH}|{_EDGE_EN}|水\S{{0,5}}(平静|安静|温柔)|不想回|不回去|谁也找不着|(它|海|江|河|湖|水)\S{{0,4}}在(等|叫)我|越(站|走|靠)越|越来越近|不如(翻|跳|下去)"
              r"|\b(dont want to (walk|go|come) back|(it|the (sea|water|river|edge|drop)) (wants|is calling|calls|keeps calling|is waiting for) me"
              r"|closer (each|every|and closer|to the (edge|water|drop))|(water|sea|river) looks (calm|peaceful|soft|quiet|still))\b")
# A story's plan at a height whose practical details are asked (what time, a door locked, realistic): the frame is thin
# when the character carries the writer's loan (a story with no debt or loss in it is not read).
_STORY = regex(r"小说|故事|剧本|\b(story|novel|screenplay|script|fiction|character)\b")
_PLAN = regex(r"(跳|掉|下去|跳下去)|\b(jump\w*|fall\w*|step off|way off|go over)\b")
_DETAIL = regex(r"几点|锁不锁|锁没锁|门锁|锁着|越具体越好|具体|会怎样|多久|\b(what time|locked|lock|realistic|quickest|how long|detail\w*|exactly)\b")
# Another body at the edge: kin (clauses.KIN_ZH / KIN_EN), he or she, a neighbour or a stranger doing the going or the
# standing, with no 我/I between them and the verb (the writer only watches; review141 F1: 我儿子欠了网贷，这几天每晚都
# 去河边坐着 had been read as the writer's body, a span of 8 and no 姐 had missed it). Kin who died or left are the
# weight, not the actor (_GONE), and a child or pet held in the writer's arms is the writer's body (_HELD).
_ACTOR_ZH = rf"(?:{KIN_ZH}|邻居|有人|(?<!其)(?:他|她|它)(?!们))"
_OTHER = regex(rf"{_ACTOR_ZH}(?:(?!我).){{0,20}}?(?:站|坐|爬|趴|探|去|走到|跑到|开车|待|呆|蹲)\S{{0,8}}(?:{_WATER_ZH}|{_HIGH_ZH})"
               rf"|\b(?:he|she|they|my (?:\w+ )?(?:{KIN_EN}|cat|dog)|someone|somebody|a (?:man|woman|guy))\b(?:(?!\bim?\b).){{0,60}}?"
               rf" (?:stood|stands|standing|stand|sat|sits|sitting|sit|climbed|climbs|leaned|leans|walked|walks|goes|went|going|drives|drove)"
               rf"( \w+){{0,5}} (?:{_PLACE_EN})\b")
_GONE = regex(rf"(?:{KIN_ZH}|他|她)\S{{0,4}}(?:走了|去世|过世|死了|没了|离开|离了|不在了|不要我)"
              rf"|\bmy (?:\w+ )?(?:{KIN_EN}) (?:died|passed away|left|is gone)\b")
_HELD = regex(r"抱着\S{0,4}(孩子|宝宝|宝贝|女儿|儿子|她|他|它|娃)"
              r"|\b(hold\w*|held|carrying|carried) (my|the|our) (baby|babies|kid|kids|son|daughter|child|children)\b")
_HELD_BY = regex(rf"(?:{KIN_ZH}|他|她)\S{{0,3}}抱着|\b(?:he|she|my (?:{KIN_EN})) (?:is |was )?(?:hold\w*|held|carrying|carried)\b")
# The writer as the body (the writer's crisis reply, not the helper's): 我/I before the going or the standing with no
# kin between, or a child held in the writer's arms.
_SELF = regex(rf"(?:我|自己)(?!的?(?:{KIN_ZH}))(?:(?!{KIN_ZH}|他|她).){{0,20}}?(?:{_BODY_ZH})|{_BODY_EN_SELF}|\bmy (legs|feet) (are )?(hanging|over|dangling|outside)\b")


def _held(folded: str) -> bool:
    return _HELD.search(folded) is not None and _HELD_BY.search(folded) is None


def own_body(folded: str) -> bool:
    """Whether the writer is the body at the edge (我/I before the going or standing, no kin between) or holds a child
    there: where drawn.py read the crisis, the writer's reply then (__init__.someone_at_risk; mend144, review141 F1)."""
    return _held(folded) or _SELF.search(folded) is not None

def drawn(folded: str, clauses: list[Clause]) -> set[int]:
    """The clauses of the writer's body at (or drawn to) an edge, a height or water in a weighed-down life (module doc).
    ``folded`` is the whole message's fold_clause, which the caller has already read (folding costs more than this reader)."""
    if _PLACE.search(folded) is None:
        return set()
    if _STORY.search(folded) and _PLAN.search(folded) and _DETAIL.search(folded) and _WEIGHT.search(folded):
        return {i for i, clause in enumerate(clauses) if _PLACE.search(clause.text) or _DETAIL.search(clause.text)}
    research = _RESEARCH.search(folded) is not None
    # (a child held at the edge is the writer's body there and the pull both: a mother at a 19th-floor window with her
    # baby; a baby rocked to sleep or fed there is an errand, below)
    held = _held(folded)
    called = _FLOOR.search(folded) is not None and _CALLED.search(folded) is not None
    if not research and not held and (_BODY.search(folded) is None or (_DRAW.search(folded) is None and not called)):
        return set()
    if _WEIGHT.search(folded) is None or _NEVER.search(folded) is not None:
        return set()
    if not held and _OTHER.search(_GONE.sub(" ", folded)) is not None:
        return set()
    # (a job lost is the weight, not a job to do there: CHORES reads "my job")
    if _ERRAND.search(_LOST_JOB.sub(" ", folded)) is not None and _OVER.search(folded) is None:
        return set()
    return {i for i, clause in enumerate(clauses) if _PLACE.search(clause.text) or _BODY.search(clause.text)
            or _RESEARCH.search(clause.text)}
