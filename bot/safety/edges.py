"""A body at an edge, told as a scene with no intent word (edge107, issue 12, docs/safety.md Round 80).

An independent set (blind19) missed crises told as what the writer feels at a height or beside traffic, with no word of
dying or wanting to: standing on scaffolding and wanting to step forward, looking at the trucks from an overpass and
thinking how quick it would be, a red light beside a heavy truck and a voice saying "go". The general shape is a PLACE
(a height, an edge, a road or a platform with heavy vehicles) named anywhere in the message, and a PULL in the window:
an urge or a picture of the writer's own body going forward, off or under, or of the fall or the impact itself (how
quick, how many seconds, letting go). Beside it, the lethality of a height asked with no purpose given.

The everyday readings, each read in the message (the place and the pull are often clauses apart, and so is the joy):

- **Joy or a thrill sport** (bungee, skydiving, a glass bridge told as a view, "would do it again"): benign105's part,
  kept NOT crisis here.
- **A near miss told with relief** (差点被…撞, 还好, "missed me", "lesson learned"): something done TO the writer.
- **Work safety** (a harness, a safety rope, insurance, a poster for the site, a report about workers).

Every cue is additive (``hides=False``): an everyday reading means only "not THIS reading" and hides no other cue.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue
from .scenes import CHORES, HIGH_ZH, PLACE_EN, PLACE_ZH, WINDOW_EN

# Where: a height or an edge, or beside heavy traffic or a train (the place alone is never read).
_RIG_ZH = r"塔吊|吊车|脚手架|外架|架子上|升降机|烟囱|铁塔|广告牌"
_TRAFFIC_ZH = r"路口|红灯|马路|路中间|高速|车流|大货车|货车|卡车|罐车|渣土车|泥头车|大巴|公交|地铁|站台|黄线|栏杆|护栏|楼下|往下看|底下"
_TRAFFIC_EN = (r"overpass|footbridge|flyover|motorway|highway|freeway|traffic|(red )?lights|lorr(y|ies)|trucks?|bus(es)?|trains?|express"
               r"|cement mixer|tanker|pillars?|rail(ing)?|drop|car ?park|scaffold\w*|crane|storey|stories|floors?|looked down|looking down")
_PLACE = regex(rf"{PLACE_ZH}|{HIGH_ZH}|{_RIG_ZH}|{_TRAFFIC_ZH}|\b({PLACE_EN}|{_TRAFFIC_EN})\b|{WINDOW_EN}")

# The pull: the writer's own body drawn forward, off or under, or the fall pictured (zh).
_BODY_GOES_ZH = r"(往前|向前|往下|往外|朝前)\S{0,3}(走|迈|跨|倾|跳|冲|撞|探|倒|栽|扑|掉|落)"
_PULL_ZH = (
    # an urge, a voice or a picture, then the body going ("有个声音说往前走", "特别想走到路中间站着", "身体自己往前倾");
    # not a bare 想 or 忍不住 ("我想往前走两步把被子拿回来", "我都想往前冲一点抢时间" are errands; review105)
    rf"((很|特别|好|真|总|总是|一直|老是)想|念头|冲动|声音|画面|控制不住|身体自己|脚自己|腿自己|拉着我)\S{{0,8}}({_BODY_GOES_ZH}|走到(马路|路)中间|走下去|冲过去|撞过去|撞上去|跨过去|翻过去|松手|松开手)",
    # letting go up there, and falling ("很想松手让自己掉下去")
    r"松(开)?手\S{0,3}(让自己|让我)?\S{0,2}(掉|摔|落)(下去)?",
    # the fall or the impact reckoned ("在算落地要几秒", "掉下去要多久")
    r"(算|想|数)\S{0,6}(落地|掉下去|摔下去|掉到底|到地面)\S{0,4}(要|得|需要|用)?\S{0,2}(几秒|多久|多少秒|多快)",
    # one more step and nothing matters ("往前再迈一步就什么都不用管了"; "冲过去就都结束了")
    rf"({_BODY_GOES_ZH}|再(迈|走|跨)一步|冲过去|撞过去|跨过去|翻过去|跳下去|掉下去)\S{{0,6}}就\S{{0,3}}(都|全)?(结束|解脱|轻松|不疼|不用管|什么都不用|没关系|一了百了|清净|没了)",
    # a voice telling the writer to go ("有个声音说跨过去吧")
    r"(声音|念头)\S{0,4}(说|叫我|让我)\S{0,3}(跨|翻|冲|撞|跳|走|迈)(过去|下去|出去|上去)?吧",
)
# The pull in English (folded: lower case, no apostrophes).
_PULL_EN = (
    # (not "how fast that express went": the writer's fall, not a thing seen)
    r"\bhow (quick|quickly|fast|easy|short|simple|painless)\b.{0,12}\b(it|the fall|the drop|the impact)\b( (would|could|will|is|was|might))?",
    r"\bhow (quick|quickly|fast|easy|short|simple|painless) (itd|it would|it will|it would be|the fall is|the drop is)\b",
    # (not "falling behind on payments", "the fall of my credit score")
    r"\b(pictur|imagin|thinking about|thought about|think about)\w* (letting go|falling(?! behind)|the fall(?! of)|the drop(?! in| of)|jumping|stepping (off|out|forward)"
    r"|hitting the ground|the ground|how fast the ground|going over|going under|stepping in front)\b",
    r"\b(my )?(feet|legs|body|hands?|something in me|part of me)\b( \w+){0,2} (wanted|want|wants|kept|keep|keeps|kept wanting)\b"
    r"( \w+){0,2} (to )?(step\w*|lean\w*|jump\w*|go|going|mov\w*|tip\w*|walk\w*|roll\w*|drift\w*)(?! off (the |a |my )?(bus|train|tram|plane|boat|ferry)\b)( \w+)? (off|forward|over|out|in|under)\b"
    r"(?!( \w+)? (the |a |my )?(kerb|curb|pavement|sidewalk|stage|treadmill|escalator|bed|sofa|couch|speed|limit)\b)",  # (a way off, not an edge)
    # (the direction is needed: "wanted to step out", "tempted to drive into the city centre" are errands; review105)
    r"\b(urge|pull|tempted|wanted|wanting|itching) to (just )?(step|lean|jump|walk|ride|pedal|drive|swerve|let go|go over)\b(?! off (the |a |my )?(bus|train|tram|plane|boat|ferry)\b)"
    r"(?:(?<=let go)|(?<=go over)|(?<=jump)| (off|forward|out|in front|under|over)| into (the )?(traffic|it|them|(the |a )?(truck|lorry|bus|train|river|water|wall|pillar)))"
    r"(?!( \w+)? (the |a |my )?(kerb|curb|pavement|sidewalk|stage|treadmill|escalator|bed|sofa|couch|home|work|bike)\b)",
    r"\bone (flick|turn|twist|jerk|yank) of the (wheel|handlebars?)\b",
    # (wished, not done: "I ride into the traffic every day to deliver food" is a rider's day; probe12)
    r"\b(just|could|would|might|wanted to|want to|urge to|tempted to)( just)? (pedal|ride|step|walk|drive|swerve|steer)\w* (under|in front of|into)"
    r" (it|them|the (truck|lorry|bus|train|traffic|mixer|pillar|wall))\b(?!.{0,30}\b(to avoid|by accident|every (day|morning|night)|each day|daily|for work|to deliver|to work))",
)
# Joy or a thrill told (benign105's frame: heights with joy stay benign), a near miss told with relief, a work-safety
# question, or another person's scene: not this reading. Read in the window only (review105: "我在工地干了十年安全员，…很想
# 松手让自己掉下去" and "Credit report says I'm ruined. …" hid the crisis when read in the message); the writer's "我没事" /
# "I'm fine" is what a person at risk says, not a near miss, and a frame denied ("not a story", 我不是写小说) is no frame.
_JOY = (r"蹦极|跳伞|过山车|跳水|滑翔|高空秋千|刺激|爽|好玩|还想再|下次还|再来一次|哈哈|风景|好美|太美|拍照|朋友圈|打卡"
        r"|\b(bungee|skydiv\w*|base jump\w*|paraglid\w*|zip ?lin\w*|roller ?coaster|amazing|awesome|loved|love it|fun|thrill\w*"
        r"|would do it again|do it again|again next|view|worth it|photos?|cocktails?)\b")
_RELIEF = (r"还好|幸好|好在|幸亏|虚惊|吓(了|死|出|得|我)|差点被|差一点被|被挤|被推|该管管|太过分"
           r"|\b(missed me|nearly (hit|ran)|almost (hit|ran)|close call|phew|lesson learned|grateful|thank god|pulled me back"
           r"|shouted|shaking but)\b")
_FRAME_ZH = r"(?<!不是)(?<!不是写)(?<!不是在写)(?<!不是拍)(小说|电影|纪录片|视频|剧本)"
_FRAME_EN = r"(?<!not a )(?<!not for a )(?<!not my )\b(documentary|video|film|novel|story|screenplay|script)\b"
_SAFETY = (rf"安全|防护|保险|规范|培训|措施|怎么挂|装修|小孩|孩子|海报|课|{_FRAME_ZH}|{_FRAME_EN}"
           r"|\b(harness|safety|anchor\w*|insurance|poster|training|site rules|hire|ladder)\b")
_NOT_SCENE = regex(rf"{_JOY}|{_RELIEF}|{_SAFETY}")
# A purpose or a force after the pull, in its sentence: an errand (fetching a quilt, rescuing a cat, beating the
# light, getting to work), a smoke or a selfie, a bus braking or a crowd pushing (挤) (review105). The sentence, not the message: a purpose
# told elsewhere clears nothing.
_PURPOSE = regex(r"因为|为了|挤|迟到|赶时间|抢时间|把\S{1,6}(拿|抱|接|捡|收|救|递|抓|捞|取|搬)|抱过来|接过来|拿回来|捡回来|出不去|抽(根|支)?烟|自拍|刹车|急刹"
                 r"|\b(for a (smoke|selfie|photo|picture|better view|look)|out for (a|an|some) \w+|to (fetch|grab|rescue|save|buy|beat|pay|reach|commute)"
                 r"|to get to (work|the|my)|to (just )?walk (there|to|over)|late for|instead|braked|braking|brakes|speed limit|metro)\b")

# The lethality of a height asked with no purpose given ("从多高的地方下去能一下子就没了", "is twelve floors enough that
# nobody survives"). A purpose (a safety poster, decoration, a diving class) is the everyday reading, read in the message.
_HEIGHT_ZH = r"(几楼|几层|多高|多少米|几米|[0-9一二三四五六七八九十几]+(层|楼|米)|桥上|楼上|楼顶|天台)"
_LETHAL_ZH = (r"(救不回来|救不活|能活吗|还能活|会死吗|必死|肯定死|一下子就没|一下就没|当场(就)?没|没了吗|能没|摔死|淹死|活不了|还有可能活|存活|不疼)")
_LETHALITY_ZH: tuple[str, ...] = (rf"{_HEIGHT_ZH}\S{{0,10}}(掉|跳|摔|落|下去|跳进|掉进)\S{{0,10}}{_LETHAL_ZH}",
                 rf"从{_HEIGHT_ZH}\S{{0,6}}(地方)?\S{{0,2}}(下去|跳|掉)\S{{0,8}}{_LETHAL_ZH}")
# Nothing felt on the way down, or no rescue, asked of a height ("听说从十八楼下去是没有感觉的 是真的吗"; emoji114, Round 84):
# going down (下去), not come down (从二楼摔下来腿没感觉了 is an injury told).
_LETHALITY_ZH += (rf"{_HEIGHT_ZH}\S{{0,6}}(跳|掉|摔|落)?下去\S{{0,10}}(没(有)?感觉|感觉不到|不会疼|疼不疼|痛不痛|会疼吗|会痛吗|不会被救|救不回|救不过来)",)
_LETHALITY_EN = (r"\b(how high|how many (floors|storeys|stories)|what height|which floor|is [a-z0-9]+ (floors|storeys|stories))\b.{0,50}"
                 r"\b(fatal|surviv\w*|kill\w*|die|dies|dying|certain\w*|instant\w*|dead|guarantee\w*)\b",
                 r"\b(jump\w*|fall\w*|drop\w*) (from|off) (the |a |my |this )?(overpass|bridge|roof|building|balcony|tower|cliff|[0-9]+(st|nd|rd|th)? floor|[0-9]+ (floors|storeys|stories))\b"
                 r".{0,40}\b(be )?(instant\w*|fatal|quick|painless|certain|enough)\b")

# Who falls in the lethality question: the writer or no one named. Another faller (a man who fell, my son, a worker)
# or a class asks for first aid or safety, not the crisis reply (review105); read in the sentence.
_OTHER_FALLER = regex(r"别人|孩子|小孩|宝宝|工人|老人|急救|作业|物理|考试|剧本"
                      r"|\b(someone|somebody|a (man|woman|person|worker|child|kid|boy|girl|body)|my (son|daughter|kid|child|toddler|baby"
                      r"|mum|mom|dad|mother|father|brother|sister)|people|first aid|class|course|lesson|exam|homework|physics)\b")

# The urges (an urge, a voice, a body drawn) are read with a purpose in their sentence; the outcome forms (letting go to
# fall, the seconds to the ground, one more step and it is over) state where the step ends, so no errand explains them
# (review105 kept them: no false alarm met).
_URGES = (_PULL_ZH[0], _PULL_ZH[4], *_PULL_EN)
_OUTCOMES = _PULL_ZH[1:4]

# Wanting to go down, said last, at a sill, a balcony, a roof or a bridge ("我抱着孩子坐在窗边，风好大，我想下去"; emoji114,
# Round 84): nothing after it names an errand ("想下去买点吃的", "想下去玩" go on), and the place is an edge, not a floor
# or a roof one walks down from (在五楼 / 天台上 … 我想下去 is going downstairs). A chore there, joy or relief, cold or
# hunger is not this reading.
# Read message-wide (mend129): joy or relief anywhere, a ground floor or a yard below, snow to go out into ("我家在一楼，
# 阳台外面就是院子，我想下去", "在窗边坐着看雪，外面好美，我想下去") is going out, not down.
_EDGE_ZH = regex(rf"(?s)^(?!.*({_JOY}|{_RELIEF}|一楼|二楼|底楼|院子|花园|草地|看雪|下雪|雪景|堆雪人))"
                 r"(?=.*(窗台|窗边|窗沿|窗户|阳台|栏杆|护栏|桥上|大桥|天桥|桥边|崖边|悬崖))")
_DOWN_WANTED_ZH = r"(?<![不别])(好|很|真|就|只|特别)?想(跳)?下去(了|吧|算了)?(?=\s|$)"
_NOT_DOWN = regex(rf"{_JOY}|{_RELIEF}|{CHORES.pattern}")
_DOWN_FOR = regex(rf"{_PURPOSE.pattern}|冷|热|饿|渴|厕所|晕车|晕船")  # (read in the sentence)

EDGES = (
    Cue("self_harm", any_of(*_URGES), negatable=True, hides=False, requires=_PLACE,
        near=_NOT_SCENE, unless=_PURPOSE, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("self_harm", any_of(*_OUTCOMES), negatable=True, hides=False, requires=_PLACE, near=_NOT_SCENE),
    Cue("self_harm", any_of(_DOWN_WANTED_ZH), negatable=True, hides=False, requires=_EDGE_ZH, near=_NOT_DOWN,
        unless=_DOWN_FOR, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("self_harm", any_of(*_LETHALITY_ZH, *_LETHALITY_EN), negatable=True, hides=False,
        near=_NOT_SCENE, unless=_OTHER_FALLER, unless_nearby=True, reach=True, aside_nearby=True),
)
