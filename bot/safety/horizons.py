"""Crises told by time, burden and farewell, without a method word (safe51, issue 12 round 44).

An independent set missed crises that name no method and no death:

- **No future told by time**: "明年？我没有明年了", "我应该过不到过年了", "there is no next year for me", "no point
  planning past Friday", "won't need to renew the lease… won't need anything by then". Not a lover's "我们没有以后了",
  not "like there's no tomorrow", not money that will not last ("钱撑不到过年了"), not a plan waiting on news ("until I
  know if I got the job"), not a move ("moving in with my fiance").
- **Worthlessness in fragments**: clauses that are each one self-insult and nothing else ("没用。累赘。废物一个。不想了",
  "useless. burden. waste of space."), two different strong ones in the message. Not a collector's insults reported
  ("催收骂我废物 垃圾"), not a review of an app or a service ("the app is useless. pathetic.").
- **A parent's "my job is done" farewell**: "任务完成了，可以安心去了" beside a life's task (children grown, nothing left
  to hold on to). Not retirement's "可以放心回家了", not a trip after the words.
- **走/离开 + the debt falling on a child or parent**: "我离开以后这些网贷会不会找我爸妈要". Not leaving a place ("离开
  老家"), not a trip or work told in the same sentence.
- **An insurance payout that covers the debt, beside things the writer no longer needs** ("保险赔下来能把债平了，我留着
  也没用"). A healthy person's insurance question names no payout on the debt.
- **Looking up a painless way** ("查了一整夜怎样走才不痛苦", "searching what doesn't hurt"). Not the least painful way to
  repay, close an account, tell the family or consolidate loans: the way's object named is everyday.
- **An urge to steer or ride into traffic** ("wanted to turn the handlebars into the oncoming lorry"). Not swerving to avoid.
- **Self-harm getting worse** ("越划越深", "不划就睡不着"). Not a kitchen or shaving accident told with it.
- **Someone who does not want to stay in this world**, a relative told of ("他说这个世界他不想待了") or in Cantonese
  ("唔想再留喺呢個世界", folded to 不想再留在呢个世界).

Every cue is additive (``hides=False``): its exceptions only mean "not THIS reading" and never hide another cue's
crisis. ``symptoms_only`` is the false-alarm kind: a window that holds nothing but stress symptoms (a headache, no
appetite, no sleep) is everyday for the learned reader, whatever the rest of the message says.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# --- no future told by time ----------------------------------------------------------------------------------------
_TIME_ZH = r"(明年|以后|将来|未来|下个月|下个星期|下周|明天|下辈子|今后)"
_NO_FUTURE_ZH = (
    # 没有明年了 (said of oneself: not "我们没有以后了" of a couple, not "像没有明天一样")
    rf"(?<!我们)(?<!咱们)(?<!你们)(?<!他们)(?<![像似])(?<!好像)(?<!仿佛)(我)?(已经|应该|可能|大概|怕是|早就|都|也|根本)?(没有|没){_TIME_ZH}了(?!\S{{0,2}}(一样|似的|的计划|的安排|的打算))",
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

# --- worthlessness in fragments ------------------------------------------------------------------------------------
_WORTHLESS_ZH = r"(废物|累赘|拖累|拖油瓶|窝囊废|没出息|一无是处|不配活|多余的人|拖后腿|害人精|扫把星|没用的东西|垃圾|蛀虫|寄生虫)"
_WORTHLESS_EN = (r"(useless|worthless|(a )?burden|waste of (space|air|oxygen|skin)|(a )?failure|(a )?loser|pathetic|good for nothing"
                 r"|dead weight|(a )?disappointment|(a )?parasite|(a )?liability)")
# (a window of one clause that is the word and nothing else: in English a space is no clause's edge, "the bot was useless")
_FRAGMENT_ZH = rf"^(我)?(就是|真是|就|真|是|纯)?(个|一个)?({_WORTHLESS_ZH}|没用)(一个|一枚|罢了|而已|透了|至极|了)?$"
_FRAGMENT_EN = rf"^((im|i am) )?(such |just |only |so |a total |a complete |an utter )?(an? )?{_WORTHLESS_EN}$"
# (two different ones: "废物 废物" is one word said twice)
_TWO_WORTHLESS = regex(rf"(?P<zh>{_WORTHLESS_ZH}).*?(?!(?P=zh)){_WORTHLESS_ZH}|\b(?P<en>{_WORTHLESS_EN})\b.*?\b(?!(?P=en)){_WORTHLESS_EN}\b")
# Someone else's insults reported, or a thing reviewed: the words are not the writer's of themselves.
_INSULTED = regex(r"骂|说我是|叫我|喊我|称我|催收|客服|软件|平台|app|\b(called me|calling me|call me|insult\w*|collectors?|agents?|"
                  r"the (app|service|support|platform|system|website|bank)|customer service)\b")

# --- a parent's "my job is done" farewell ----------------------------------------------------------------------------
_GO_IN_PEACE_ZH = r"(可以|能|就|也|该)?\S{0,2}(放心|安心|安安心心|放放心心|了无牵挂)(地|的)?(走|去|离开)(了|吧|啦)(?=\s|$)"
_LIFE_TASK = regex(r"任务|使命|牵挂|这辈子|此生|(孩子|儿子|女儿|儿女|娃)\S{0,6}(成家|大了|工作了|结婚|立业)"
                   r"|\b(kids|children|son|daughter)\b.{0,30}\b(married|grown|settled|on their feet)\b|\bmy (job|work|duty|part) (here )?is (done|finished|over)\b")
_TRIP_ZH = regex(r"旅游|旅行|出国|度假|玩|回老家|养老院|带孙|退休|回家|上班|打工|出差|搬")

# --- 走/离开 + the debt falling on a child or parent -------------------------------------------------------------------
_KIN = r"(儿子|女儿|孩子|娃|爸妈|父母|爸|妈|家人|家里人|家里|老婆|老公|爱人|他们|她们)"
_AFTER_ME_ZH = (rf"(我)(要是|如果|假如|万一|哪天)*(离开|走)(了)?(以后|之后|后).{{0,24}}(会不会|会|要|得|是不是|就|都|全|也)\S{{0,4}}"
                rf"(找|算到|落到|转到|轮到|连累|要|让|归|压到|压在|落在|砸到|砸在)\S{{0,3}}(我)?{_KIN}")  # (.{0,24}: across a space, a clause on)
_AWAY = regex(r"出差|出国|打工|上班|工作|辞职|离职|公司|单位|学校|旅游|搬|外地|老家|回来|住院|坐牢|服刑|当兵|留学|读书")

# --- insurance that covers the debt, beside things no longer needed ----------------------------------------------------
_DEBT_ZH = r"(债|借呗|欠款|贷款|网贷|窟窿|账)"
_PAYOUT_ZH = (r"(保险|保单|意外险|寿险|理赔)\S{0,12}(赔|理赔|赔付|下来)\S{0,12}(够|能|可以|应该|就)?\S{0,4}"
              rf"((还|平|抵|填)(清|上|掉|完|平)?\S{{0,3}}{_DEBT_ZH}|把\S{{0,4}}{_DEBT_ZH}\S{{0,4}}(还|平|抵|填))")
_NO_USE_ZH = regex(r"留着\S{0,2}没用|(我|自己)\S{0,2}(也)?用不(上|着)|(东西|衣服|手机)\S{0,4}送(人|给)|送人了|不需要了|没什么用了")

# --- looking up a painless way ---------------------------------------------------------------------------------------
# The way's object, when named, is everyday: repaying, closing an account, telling someone, a tooth, a tattoo.
# (Shared with acts.py's "查…最不痛" and arranged.py's "painless ways": the same reading of the way's object.)
EVERYDAY_OBJECT_ZH = r"还款|还钱|还债|还清|注销|销户|关闭|分期|协商|戒|拔|针|牙|耳洞|手术|麻醉|胃镜|肠镜|抽血|纹|脱毛|生孩子|分娩|减肥|开口|告诉|坦白|面对|分手|辞职|搬"
_PAINLESS_ZH = (rf"(查|搜|百度|谷歌|研究|翻|问)(?:(?!{EVERYDAY_OBJECT_ZH}).){{0,8}}(怎样|怎么样|怎么|如何|哪种|什么|啥|有没有|有什么)"
                rf"(?:(?!{EVERYDAY_OBJECT_ZH}).){{0,6}}(不痛|不疼|无痛|没有痛苦|没痛苦|不难受|不受罪|不会(痛|疼|难受))(?!\S{{0,3}}({EVERYDAY_OBJECT_ZH}))")
_DEATH_VERB_EN = (r"(go|going|die|dying|end|ending|do it|doing it|do this|leave|leaving|sleep|not wake|check out|be done|make it stop|stop|exit"
                  r"|disappear|escape|not be here|kill\w*|fall asleep|pass|get out(?! of (the|this|my|these) (debt|loans?|mess|contract)))")
# A way whose object is named and is not an end ("the least painful way to repay", "painless ways to tell my parents").
_SOFTLY = r"(just|simply|finally|quietly|peacefully)"
EVERYDAY_WAY_EN = rf"(?! (way |ways |method |methods )?(to|of) ({_SOFTLY} )?(?!({_SOFTLY}|{_DEATH_VERB_EN})\b)\w+)"
_PAINLESS_EN = (r"\b(search\w*|googl\w*|look\w* up|research\w*|read\w* up on|look\w* into|ask\w* (ai|chatgpt))\b.{0,30}"
                r"\b(what (doesnt|does not|wont|will not) hurt|painless (ways?|methods?|options?)|ways? (that|which) (dont|do not|wont) hurt|least painful( ways?)?)\b"
                rf"{EVERYDAY_WAY_EN}")

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

# --- a bare "I'm done" beside a farewell to everyone -----------------------------------------------------------------
# ("I'm done. Love you all. Goodbye."; not "I'm done, thanks, bye" ending a chat, not "done with this app")
_DONE_EN = r"(?:^|\s)(im|i am|i m) (so |just |completely |totally )?done$"  # (the window's last clause ends there)
_FAREWELL_ALL = regex(r"\b(love you (all|guys|everyone)|(bye|goodbye) (everyone|all|world|forever)|farewell|sorry for everything|forgive me"
                      r"|tell (my )?\w+ (im|i am) sorry|tell (my )?\w+ i love (her|him|them|you)|take care of (my|mum|mom|dad|the kids))\b")

_SYMPTOM = (r"(头|脑袋|胃|肚子|胸口|心口)\S{0,3}(也|都|很|好|一直|天天|老是)?\S{0,2}(痛|疼|胀|闷|晕)(得\S{0,4})?"
            r"|胃口\S{0,3}(也|都)?(没|差|不好)(了|有了)?|吃不下(饭|东西)?|睡不着(觉)?|失眠|掉头发|头发\S{0,2}掉|心慌|胸闷|头晕|没(有)?食欲")
_SYMPTOMS_ONLY = regex(rf"((因为|为了)?\S{{0,4}}(焦虑|压力大|担心|愁)(得|的)?)?(整宿|每天|天天|晚上|最近|一直)?({_SYMPTOM})"
                       rf"(\s?(也|还)?(整宿|每天|天天|晚上|一直)?({_SYMPTOM}))*")


def symptoms_only(window_text: str) -> bool:
    """Whether a window (folded, masked) holds nothing but stress symptoms: a headache, no appetite, no sleep, said of
    worry ("头也痛 胃口也没了"). Such a window is everyday for the learned reader; a symptom beside anything more
    ("胃口也没了 活着也没意思") is read as before."""
    return _SYMPTOMS_ONLY.fullmatch(window_text.strip()) is not None


HORIZONS = (
    Cue("hopeless", any_of(*_NO_FUTURE_ZH, *_NO_FUTURE_EN), negatable=True, hides=False,
        unless=_PLANS, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("hopeless", any_of(_FRAGMENT_ZH, _FRAGMENT_EN), hides=False, requires=_TWO_WORTHLESS, unless=_INSULTED),
    Cue("farewell", any_of(_GO_IN_PEACE_ZH, r"\b((can|could|may) (now )?|(time|ready) to )(go|leave|rest|die) in peace\b"), negatable=True,
        hides=False, requires=_LIFE_TASK, unless=_TRIP_ZH, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("death_reasoning", regex(_AFTER_ME_ZH), hides=False, unless=_AWAY, unless_nearby=True, reach=True, aside_nearby=True),
    Cue("death_reasoning", regex(_PAYOUT_ZH), hides=False, requires=_NO_USE_ZH),
    Cue("preparation", any_of(_PAINLESS_ZH, _PAINLESS_EN), negatable=True, hides=False),
    Cue("self_harm", regex(_INTO_TRAFFIC_EN), negatable=True, hides=False, near=_AVOIDING),
    Cue("self_harm", regex(_WORSE_ZH), negatable=True, hides=False, unless=_ACCIDENT, unless_nearby=True, reach=True,
        aside_nearby=True, near=_TREATED),
    Cue("farewell", any_of(*_NOT_STAY), negatable=True, hides=False),
    Cue("farewell", regex(_DONE_EN), hides=False, requires=_FAREWELL_ALL),
)
