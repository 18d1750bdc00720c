"""Crises told by time, burden and farewell, without a method word (safe51, issue 12 round 44).

An independent set missed crises that name no method and no death:

- **No future told by time**: "明年？我没有明年了", "我应该过不到过年了", "there is no next year for me", "no point
  planning past Friday", "won't need to renew the lease… won't need anything by then". Not a lover's "我们没有以后了",
  not "like there's no tomorrow", not money that will not last ("钱撑不到过年了"), not a plan waiting on news ("until I
  know if I got the job"), not a move ("moving in with my fiance").
- **An urge to steer or ride into traffic** ("wanted to turn the handlebars into the oncoming lorry"). Not swerving to avoid.
- **Self-harm getting worse** ("越划越深", "不划就睡不着"). Not a kitchen or shaving accident told with it.
- **Someone who does not want to stay in this world**, a relative told of ("他说这个世界他不想待了") or in Cantonese
  ("唔想再留喺呢個世界", folded to 不想再留在呢个世界).

Every cue is additive (``hides=False``): its exceptions only mean "not THIS reading" and never hide another cue's
crisis. (mend65, review74: removed the symptom-only window, which hid "失眠 头痛 胃口没了 快结束了"; dropped the
worthlessness fragments, the job-done farewell, "I'm done" + bye, 走/离开以后 + kin, the insurance payout (it moved the
crisis clauses so that a doubt cleared "保险赔下来够还网贷了，我留着也没用，东西都送人了", a crisis on main) and the painless-way search (zh and en: the
English one, additive, let a joke's doubt clear "googled painless ways to die lol", which main answers as a crisis), whose false
crisis replies — a trip after 安心去了, "my old phone, I mean", an exam finished — could not be made safe in time.)
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# --- no future told by time ----------------------------------------------------------------------------------------
_TIME_ZH = r"(明年|以后|将来|未来|下个月|下个星期|下周|明天|下辈子|今后)"
# (mend65: a date — 明天/明年/下个月 — with no 我 before it is a deadline, a sale or a product as often as a life:
# "没有明天了，今天是还款最后一天", "没有明年了，这个型号停产了", review74; only "我没有明年了" reads as the writer's)
_LATER_ZH = r"(以后|将来|未来|下辈子|今后)"
_NO_FUTURE_ZH = (
    # 没有明年了 (said of oneself: not "我们没有以后了" of a couple, not "像没有明天一样")
    rf"(?<!我们)(?<!咱们)(?<!你们)(?<!他们)(?<![像似])(?<!好像)(?<!仿佛)((我|自己)(已经|应该|可能|大概|怕是|早就|都|也|根本)?(没有|没){_TIME_ZH}|(已经|应该|可能|大概|怕是|早就|都|也|根本)?(没有|没){_LATER_ZH})了(?!\S{{0,2}}(一样|似的|的计划|的安排|的打算))",
    # 我过不到过年了 / 活不到明年 (of the writer; money that will not last is no life's end)
    r"(我|自己)(应该|可能|大概|估计|怕是|恐怕|肯定|真的|是)?\S{0,1}(过|熬|撑|挺)不(到|过)(过年|明年|春节|新年|今年|这个年|生日)(了|吧)?",
    r"(我|自己)\S{0,3}活不(到|过)\S{0,3}(过年|明年|春节|新年|下个月|下周|月底|年底|生日|夏天|冬天|今年)",
)
_NO_FUTURE_EN = (
    r"\b((there is|theres|there s) )?no (next year|next month|future|tomorrow|next week) (for me|left for me)\b",
    r"\b(next year|next month|the future)\W*(there is|theres|there s|there will be|therell be) no (next year|next month|future)( for me)?\b",
    r"\b(i )?(dont|do not|wont|will not) have a (next year|next month|future|tomorrow)(?! (in|at|with) )\b",
    r"\bno (point|use|sense|reason) (in )?plan+ing (anything |much )?(past|beyond|after|for after) (\w+day|tonight|tomorrow|this week|next week|the weekend|this month)\b",
    r"\b(wont|will not|shant|wont be|will not be) (need|needing) (anything|any of (this|it|that)|my (stuff|things|belongings)|a thing)\b"
    r"(?= (by then|after (that|this|tonight|\w+day)|anymore|any more|soon|then|$))",
    r"\b(wont|will not|no) need (to )?(renew|extend) (the|my) (lease|tenancy|rental|contract)\b",
)
# A plan waiting on news, a move, a sale, a trip or a job: the time is not the writer's end.
_PLANS = regex(r"\b(until|till|unless|depends|depending|once i know|results?|job|offer|interview|exam|visa|weather|moving|move|moved|fianc\w*|partner"
               r"|girlfriend|boyfriend|wife|husband|buying|bought|new (place|flat|house|apartment|home)|back home|relocat\w*|transfer\w*"
               r"|sell\w*|sold|donat\w*|declutter\w*|minimalis\w*|upgrad\w*|trip|travel\w*|holiday|vacation|abroad|graduat\w*)\b"
               r"|没钱|工资|余额|存款|生活费|额度|资金|钱不够|店|生意|公司|项目|我们|咱们|分手|恋爱|感情|旅游|出国|搬")

# --- an urge to steer or ride into traffic ---------------------------------------------------------------------------
# (a wish, not a near miss told: "I almost crashed into a truck because a collector called" is a complaint)
_INTO_TRAFFIC_EN = (r"\b(want\w*|wanna|felt like|feel like|tempted|urge|thought of|think of|thinking (of|about)|so easy to|could just)\b"
                    r".{0,20}\b(turn\w*|steer\w*|swerv\w*|yank\w*|jerk\w*|driv\w*|rid\w*|veer\w*|point\w*|twist\w*)\b.{0,30}"
                    r"\b(into|under|in front of)\b.{0,10}\b(the )?(oncoming|traffic|lorry|truck|bus|train|wall|barrier|pillar|river|sea)\b")
_AVOIDING = regex(r"\b(avoid\w*|dodg\w*|miss(ed)?|overtak\w*|park\w*|lane|pothole|u-?turn)\b")

# --- self-harm getting worse -----------------------------------------------------------------------------------------
_WORSE_ZH = (r"越(划|割)越(深|狠|多)|(划|割)(得|的)?(一次比一次|一天比一天|越来越)(深|狠|多)"
             r"|不(划|割)(一下|两下|几下|一刀)?(就)?(睡不着|难受|受不了|不舒服|不踏实|静不下来)")
# (a wound treated in the same clause is an injury told: "越割越深去医院缝了三针" after a kitchen cut the idioms masked)
_TREATED = regex(r"缝|医院|诊所|包扎|创可贴|破伤风")
_ACCIDENT = regex(r"切菜|做饭|不小心|刮胡子|手工|木工|削|刀工|剪|纸|玻璃|摔|划船|游戏|\b(shaving|accident\w*|kitchen|paper)\b")

# --- not wanting to stay in this world: a relative, or Cantonese folded ----------------------------------------------
_WORLD = r"(这个|这|呢个|此|世)?(世界|世上|人间|人世)"
_NOT_STAY = (rf"{_WORLD}(上)?\S{{0,3}}(他|她|我)\S{{0,4}}不想(再)?(待|呆|留|活)(?!\S{{0,2}}(的地方|最))",
             rf"(他|她|我)\S{{0,4}}不想(再)?(待|呆|留|活)?(在)?{_WORLD}(上|里)?\S{{0,2}}(待|呆|留|活)(了|下去)?(?!\S{{0,2}}(的地方|最|杯|级))",
             rf"不想(再)?(留|待|呆)在{_WORLD}(?!(杯|级|各地|上最))")

HORIZONS = (
    Cue("hopeless", any_of(*_NO_FUTURE_ZH, *_NO_FUTURE_EN), negatable=True, hides=False,
        unless=_PLANS, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("self_harm", regex(_INTO_TRAFFIC_EN), negatable=True, hides=False, near=_AVOIDING),
    Cue("self_harm", regex(_WORSE_ZH), negatable=True, hides=False, unless=_ACCIDENT, unless_nearby=True, reach=True,
        aside_nearby=True, near=_TREATED),
    Cue("farewell", any_of(*_NOT_STAY), negatable=True, hides=False),
)
