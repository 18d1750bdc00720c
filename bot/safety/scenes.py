"""The settings of crisis wording, shared by the cue tables (despair.py, acts.py) and the learned
reader's agreement: where (high or watery places), with what (means), when (times), everyday
reasons to be in such places (CHORES), and readings that cancel crisis wording elsewhere in a
message (a loan repaid, a relative who died, a joke).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH

ME = r"(我|自己|本人)"
PLACE_ZH = r"天台|楼顶|顶楼|屋顶|江边|河边|海边|湖边|河里|江里|海里|湖里|铁路|铁道|水库|桥上|大桥|桥边|桥头|天桥|高架|立交桥|铁轨|轨道|悬崖|崖边|高楼"
HIGH_ZH = r"阳台|窗边|窗台|窗户|站台|楼上|[0-9一二三四五六七八九十几]+楼"
# A window is a place of danger only as its sill or ledge, or with one on it or out of it (WINDOW_EN):
# standing AT a window is not ("I stood at the window", safe22), as 窗台 is and 窗前 is not.
PLACE_EN = (r"roof|rooftop|ledge|bridge(?! loan)|riverbank|river|balcony|train tracks|railway|tracks|platform"
             r"|cliff|edge|reservoir|coast|sea|lake|window ?sill|window ledge|pier|jetty|quarry|dam|canal|overpass|[0-9]+(st|nd|rd|th)? floor")
WINDOW_EN = r"(on|onto|out of|out|outside|through|over) (the |my |a |this |an )?(open |bedroom |kitchen |office |hotel |[0-9]+(st|nd|rd|th)? floor )?window"
METHOD_ZH = r"百草枯|农药|敌敌畏|老鼠药|安眠药|刀片|绳子|煤气|炭"
METHOD_EN = r"pesticide|poison|paraquat|bleach|antifreeze|weed ?killer|rat poison|drain cleaner|pills|tablets|meds|rope|noose|knife|blade|razor|gun|charcoal"
NO_EN = r"(?:(?!\b(?:not|never|dont|didnt|wont|cant|isnt)\b)[^.])"  # any character outside a negation
TIME_ZH = r"今晚|今天晚上|今夜|今天|明天|明早|马上|这就|现在就|等下|待会|一会|这个周末|天亮前"
TIME_EN = r"tonight|today|tomorrow|this weekend|right now|before morning|by morning|after this|when everyone"
# Everyday reasons to be at a high or watery place (said in the same window).
# (mend76: not 不游泳/不会游泳 — "跳下去不游泳，就这样沉下去" is a drowning, and the swim had excused the place)
CHORES_ZH = (r"晒|浇水|散步|跑步|钓鱼|(?<![不没])(?<!不会)(?<!不用)游泳|冬泳|划船|摆摊|卖水果|卖菜|施工|干活|送货|送外卖|跑外卖|跑来跑去|送快递|拉货|跑车|通勤|上下班|饭馆|餐馆|饭店|小卖部|开(了)?(一)?(家|个)|露营|乘凉|抽烟|吸烟|透气|吹风|遛狗|健身|收衣服|晾衣服|烧烤|看风景|看日出|看日落|拍照|旅游|出差|开会|上班|等车|赶车|买票|信号|没网|网不好|公园"
            # fish caught for a day, vegetables grown, a jam sat in, a friend waited for, a packed lunch (safe28)
            r"|钓了\S{0,4}鱼|晾|跑了\S{0,6}步|散了\S{0,6}步|记账|算账|种了\S{0,4}(菜|花|葱|草莓)|堵车|堵了\S{0,6}(小时|分钟)|等(朋友|同事|公交|人)|吃(盒饭|午饭|晚饭|早饭|便当)"
            # a run finished, shells picked, a holiday, a garden, a child taken along
            # (fa254, Round 124: forms of the same pastimes, with their aspect or object: 跑完步)
            r"|跑(完|过)\S{0,2}步"
            r"|捡(了)?\S{0,4}(贝壳|螃蟹|石头|海螺)|度假|种(菜|花)|種|浇(水|花)|澆|带(娃|孩子|女儿|儿子|小孩)(去|到)")
CHORES_EN = (r"laundry|for work|my job|deliver\w*|(truck|bus|taxi|van|delivery) driver|drive a (van|truck|lorry|taxi|bus)|no drama|fix\w*|repair\w*|install\w*|antenna|solar|clean\w* (the|my|our)|smok\w*|(a|for a|my) walk\b|walking the dog|running|jog\w*|fishing|camping|picnic|sunset|sunrise|holiday|vacation|trip"
              r"|commut\w*|signal|wifi|network|waiting (for|on) (the|my) (train|bus)|(?<!car )\bpark\b"
              # (fa254: a sight watched, a view praised, a swim or a run as a routine, a meal, a friend waited for)
              r"|watch\w* the (boats|ships|sunrise|sunset|city lights|fireworks|waves|rain)|the view (is|was)|swim\w* .{0,20}\b(every|each) (day|morning|evening|night|week)"
              r"|fish and chips|with tea|waiting for a friend|(a|my) run\b")
# Everyday reasons to be somewhere (for the learned reader's agreement too, see agreement.py).
CHORES = regex(rf"{CHORES_ZH}|\b({CHORES_EN})")
# A journey, a job or a move, where leaving is not a farewell: the one list (review21). Work only as
# somewhere to go ("去外地上班", "下个月上班"): "我以前在工厂上班" in a loan question leaves nothing.
JOURNEY_ZH = (r"出国|出差|回老家|搬家|旅游|飞机|火车|高铁|打工|上学|读书|留学|新公司|入职|离职|辞职|跳槽|调岗|毕业"
              r"|(去|到|回)\S{0,8}上班|(下个月|下周|明天|马上|就要|今晚|今天)\S{0,6}上班")
# 没了 said of oneself, not of a job or an income lost ("要是我没了这份工作", review21).
LOST = r"没了(?![这那一]?[份个]?\S{0,2}(工作|收入|工资|饭碗|活干|房|车|钱|额度|机会|信号|网|电|时间|办法|力气|心情))"
REPAID = r"(?<![不没])(还清|还完|结清|还上|还掉|一次性)"  # "pay it all off and be done" (一了百了)
KIN_DIED_ZH = rf"({KIN_ZH}|家里(的)?老人|老人家)(已经|刚|刚刚|去年|前年|上个月|上周|今年|还是)?(去世|过世|走了|病逝|病故|离世|死了|没了)|遗产|继承"
KIN_DIED_EN = (r"late (father|mother|dad|mum|mom|husband|wife|grand\w+|brother|sister|son|daughter)|death certificate|"
                rf"({KIN_EN}|grandfather|grandmother)s? (just |recently |has |had )*(died|passed|is dead)"
                r"|(died|passed away|passed) (last|this|a) (year|month|week)|inherit|estate|funeral")

# (not a reading the writer gave up: "我以为他开玩笑 结果…", "还以为他说说而已"; safe63)
JOKE_ZH = regex(r"(?<!不是)(?<!没)(?<!没在)(?<!没有)(?<!不是在)(?<!以为)(?<!以为他)(?<!以为她)(?<!以为是)(?<!以为他在)(?<!以为她在)(?<!以为他是)(?<!以为她是)(开玩笑|说着玩|玩笑话|气话|说说而已|嘴上说说|随口说说)")
# (mend229: nor after 没在/没有/不是在, "我想死 没在开玩笑" is meant)
# Laughter cancels only the weakest cue, a bare "我…死" ("我忘了还款日，我要死了哈哈"); never 想死 or 自杀.
LAUGH_ZH = regex(r"(?<!不是)(?<!没)(?<!没在)(?<!没有)(?<!不是在)(开玩笑|说着玩|玩笑话)|哈哈|hhh|嘿嘿|笑哭|😂|🤣")
# A joke: one's own, followed by "I'm fine"; or someone else's ("my friend joked he'd jump").
# "lol my limit got cut again, i'm dead": laughter around a bare "i'm dead" and no other word of
# dying is a joke about a loan (safe10 probe), read as death_talk's benign reading.
LOL_DEAD = (r"|^(?!.*\b(die|dying|death|suicid\w*|kill\w*|end it)\b).*(\b(lol|lmao|rofl|haha\w*)\b.{0,80}\b(im|i am) (so |literally |totally )?dead\b(?! inside)"
            r"|\b(im|i am) (so |literally |totally )?dead\b(?! inside).{0,20}\b(lol|lmao|rofl|haha\w*)\b)")  # (dead inside: fa59)
JOKE_EN = regex(r"(?<!not )\b(joke|joking|kidding|jk)\b.*\b(im|i am) (fine|ok|okay)\b"
                 r"|\b(joked|jokes|joking|kidding|jokingly said) (that )?(he|she|they|hed|shed|theyd|hes|shes|theyre|hell|shell)\b")
# One's own death asked for in exasperation ("ugh this app, just kill me lol", "kill me please, I have a
# math exam tomorrow"): the asked-for form beside laughter, a groan or a nuisance named, with no other word
# of dying and no debt one cannot pay ("if I can't pay jiebei, just kill me" stays a crisis; review28).
ASKED_IN_EXASPERATION = (
    r"|^(?!.*\b(die|dying|dead|death|suicid\w*|kill myself|end it|end my life|hopeless|live any ?more|worth living)\b)"
    r"(?!.*\b(cant|cannot|can not|unable to|wont be able to|couldnt|not able to) (pay|repay|afford)\b)"
    r"(?=.*\b(just kill me|kill me please|(someone|somebody) (please )?kill me)\b)"
    r".*\b(ugh+|argh+|lol|lmao|rofl|haha\w*|omg|bruh|ffs|smh|exams?|tests?|homework|forms?|apps?|website|logged me out|meetings?|traffic|queue|captcha|password)\b")
