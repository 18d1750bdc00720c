"""The writer's own ending told with no method word and no death word (veiled115, issue 12, Round 85).

An independent set (blind20) missed crises that say what the writer will do with their body or their time, not how
they will die. Each is read as a structure of two parts, so that wording nobody on the team wrote is read too:

- **A horizon the writer will not reach**: a consequence's date or length (a credit mark's five years, a court date,
  a judgment, the enforcement, a repayment day) × the writer not there by then ("五年后我早就不在了", "I won't be here in
  5 years", "the court can serve an empty room", "they'll be enforcing against nobody"). cutoffs.py reads a NEAR date;
  this reads the consequence's own horizon, near or far. Everyday: a move, emigration, a trip, a new job, paid off by then.
- **Insurance × an accident × the writer**: an accident planned after a waiting period, staged ("make it look like an
  accident", 安排一场意外), or the writer's own accident reckoned as what clears the debt. Everyday: insurance bought for a
  trip, a relative's accident, a claim for an operation (no accident of the writer's in the future).
- **Following a dying relative**: the relative's going (走了, 一走, "when she goes") × the writer going too, after, with
  them ("我也跟着走", "I'm going with her", "I won't stay behind"). Everyday: being with them until the end (陪她走完最后一程).
- **The writer's own body denied × the debt**: food refused as the way out (饿到哪天算哪天, 让身体垮掉, "starving is cheaper");
  medicine stopped and the old thoughts back ("那些念头又回来了", "the dark thoughts are back"). Everyday: a fast for religion,
  a diet, before a procedure; a medicine stopped or changed on the doctor's word.
- **Cards and passwords handed over "in case" × something happening to the writer**; **disappearing for good as a gift**;
  **making oneself stop** for good. Everyday: a shared account, surgery, a trip, stopping a habit (borrowing, spending).

Every cue is additive (``hides=False``): its everyday reading means only "not THIS reading" and sets nothing aside for
the other readers. A cue is searched only in a window holding one of the characters its every match holds
(crisis._CUES' prefilter), so most messages cost no search here.
"""

from __future__ import annotations

from typing import Sequence

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# --- a horizon the writer will not reach ----------------------------------------------------------------------------
# The consequence's horizon: a length (五年, 几年), a date or an event of the debt's course.
_HORIZON_ZH = (r"(\S{1,3}年(以?后|之后)?|那个?时候|那时|到时候?|那一?天|开庭|判(决)?下来|判了|执行|强制执行|传票|起诉|消掉|恢复"
               r"|记录消|征信(恢复|好)|黑名单)")
# Not there: gone, not alive, not here at the end of the clause (不在这个城市 is a place, read as a move below).
_GONE_ZH = r"(不在了|不在人世|没了|走了|不会在了|不在这个世界|早没了|不在这世上)(?!\S)"
_NOT_REACHED_ZH = (
    # 五年后我早就不在了 / 判下来的时候我人已经没了 / 执行的时候我早就不在了
    rf"{_HORIZON_ZH}\S{{0,6}}(我|我人|人)(应该|可能|估计|早就|早|都|也|肯定)?(已经)?{_GONE_ZH}",
    # 我撑不到那个时候 / 等不到记录消掉的那天 (cutoffs.py reads the near dates)
    # (the writer or no one at the clause's start: "我电脑/家里的米/我的存款撑不到那时候" is a thing that will not last)
    r"(?:^|\s)(我|自己)?(应该|可能|估计|肯定|真的|也|都|就|是|已经|实在|根本){0,3}(等|撑|熬|挺|活)不(到|过)(那个时候|那时候|那时|记录\S{0,4}|消掉|恢复|开庭|判|执行|\S{1,3}年|征信\S{0,4}(那一?天|的时候)(了|的)?(?!\S))",
    # 我连五个月都没打算待下去 (a span smaller than the consequence's, not lived)
    r"连\S{1,3}(天|周|个?月|年)都(没|不)(打算|想|准备)(再)?((待|呆)(?!在)|活|撑|熬|过)",
    # 法院只能找到一间空房子 / 传票送到的是一间空屋子 / 找不到人执行了 + the writer gone
    r"(法院|传票|执行|催收|他们|判决)\S{0,14}(空屋|空房|空的房|空着的房|一个空)",
    # 五年太长了，我等不到了 / 等不到了，也不想等了 (the length just explained, not waited out)
    r"(年|太长|太久)\S{0,3}\s?(我)?(也)?(等|撑|熬|活)不(到|了)了",
    r"(等|撑|熬)不到了.{0,4}(我)?(也)?不(想|打算)(再)?等了",
    # 反正明天过后我也用不着知道了 (what follows a near day is no longer the writer's concern)
    r"(明天|今晚|今天|过了今天|这周)(过后|以后|之后)\S{0,2}我?(也|都)?(用不着|不用|不需要)(知道|管|操心)了",
    r"找不到人(执行|还|要钱)了?\S{0,4}(我)(不会在了|已经不在了|不在了)",
    # 还款的事我不打算等了 (a date not waited for, with nothing paid now: read with _PAID below)
    r"(还款|那一?天|\S{1,3}号|还款日)\S{0,4}(我)?(不打算|不想|不准备|没打算)(再)?等(了|到)",
)
_NOT_REACHED_EN = (
    # "I won't be here in 5 years", "not going to be around to see it clear", "won't be alive by the time it's judged"
    r"(?<!\bif )(?<!\bif i )(?<!\bunless )\b(i )?(wont|will not|am not going to|im not going to|dont plan to|do not plan to|not going to|dont expect to)"
    r" (even |still )?be (here|around|alive)\b( anymore| any more)? (in (a |\w+ |a few |several )?(years?|months?|decades?)|by the time|to see (it|that|the)\b)",
    # "I'll be gone before the court date", "long gone by then"
    r"\b(ill|i will|i|im|i am) (be )?(long )?gone (before|by) (the|then|that|it)\b",
    # "the court can serve/knock on an empty room", "enforcing against nobody", "nobody left to collect from"
    r"\b(serve|knock\w*( on)?|send|visit|come to|find|enforc\w*|deliver\w*)\b.{0,30}\ban empty (room|flat|house|apartment|bed)\b",
    r"\b(enforc\w*|collect\w*|su\w+) against nobody\b|\bthere (wont|will not) be anyone (left )?to (collect|sue|enforce|chase)\b",
    # "the record stays 5 years, I'm not planning on 5 more months": a span the writer will not live
    r"\b(im|i am) not (planning on|planning to last|going to last|lasting|sticking around for) ((lasting|living|staying alive|being here|being around|sticking around|surviving|making it) )?((\d+|a|a few|few|two|three|four|five|six|ten|many|several|any) )?(more )?(days|weeks|months|years)\b",
    # "I can't do five more years of this. I won't."
    r"\b(i )?(cant|cannot|wont|will not) do (\w+ )?more (years|months) of (this|it)\b(?! \w)",
)
# The writer will be elsewhere, busy, or paid off by then: a move, a trip, a job, a repayment, or money that will not
# last until a payday ("工资要下周三才发，估计撑不到那时候，能不能宽限几天": the wage, not the writer), in the sentence.
_ELSEWHERE = regex(
    r"宽限|延期|晚几天|缓几天|才发|发工资|发薪|工资|能不能\S{0,6}(还|扣|晚|延|宽|缓)|城市|这里了|这边了|搬|回老家|出差|出国|国外|移民|定居|(?<!丢了)工作(?!\S{0,2}(丢|没了))|打工|上班|旅游|调走|还清|还完|结清|提前还|今天\S{0,4}还|先还"
    r"|退休|部队|当兵|服役|合同|修复"
    r"|\b(mov\w*|emigrat\w*|abroad|relocat\w*|canada|overseas|country|city|town|trip|travel\w*|work|job|paid|pay\w* (it )?(off|today|now|early)"
    r"|paying|retir\w*|bonus|visa|school|university|study\w*|hometown|contract|ship|sailor|army|deployed|deployment)\b")

# --- insurance x an accident x the writer ---------------------------------------------------------------------------
_INSURED = regex(r"保险|保单|赔的钱|赔钱|赔偿金|意外险|寿险|保额|理赔|赔付|受益人|\b(insur\w*|polic(y|ies)|payout|beneficiary|life cover|accidental death)\b")
_STAGED_ZH = (
    # 安排一场意外 / 制造个意外 / 出个“意外” (quotes are folded away: 出个意外 with the writer and a waiting period below)
    r"(安排|制造|策划|弄|搞|设计)(一场|一次|一个|个|场|次|点)?\S{0,2}意外",
    # 等待期一过就…出点事 / 观察期过了…出个意外 (the writer's accident timed by the policy)
    # (not a cover question: "等待期过了以后如果出了意外能赔吗": the policy asked about, no accident of the writer's planned)
    r"(等待期|观察期|免责期|犹豫期)\S{0,12}(一过|过了|过后|结束|到了|满)(?:(?!如果|假如|要是|万一)\S){0,16}(出个?|出点|出一?次|来个|发生|出了?)\S{0,3}(意外|事|车祸)"
    r"(?!\S{0,4}(能|可以|会|怎么|赔吗|理赔))",
    r"(等待期|观察期)\S{0,6}(一过|过了|过后|满)(我)?就?(好了|行了|解决了|……|…)",
    # 等过了等待期…家里人就能还清借呗了 (the family clears the debt once the policy's wait is over)
    r"(等待期|观察期).{0,24}(家人|家里人?|老婆|老公|孩子|爸妈|女儿|儿子)\S{0,4}(就|也)?(能|可以|不用)\S{0,2}(还清|还上|还债|还钱|操心|替我还)",
    # 我要是出个意外，赔的钱正好够还清借呗 (the writer's accident reckoned as the debt's end)
    r"(?<![公婆爸妈儿女他她])(我)(要是|如果|万一|假如)?(出个|出点|出了|出一?场|来个)\S{0,2}(意外|车祸|事).{0,14}(赔|保险)\S{0,12}(够|正好|就能|能|刚好)\S{0,4}(还|清|结|抵)",
)
_STAGED_EN = (
    r"\b(make|made|making) it look like an? (accident|mishap|crash)\b",
    r"\b(it|this|that) (just )?(has|needs|have) to (look|be made to look) like (one|an? accident)\b",
    r"\b(stage|staged|staging|fake|faking|arrange|arranging|plan|planning) (an?|my|the|a little) (accident|crash|mishap)\b",
    # "once the waiting period ends there's going to be an accident" (not "accident insurance")
    r"\b(once|after|when) (the )?(wait\w*( period)?|\d+ days?|clause|exclusion( period)?)( is| are)? (over|done|up|passes|passed|ends|ended)\b"
    r".{0,50}\b(accident|crash|mishap)\b(?! (insurance|cover|policy))",
    r"\baccidental death\b.{0,60}\b(wait (it )?out|waiting period|the clause)\b",
    # "an accident on my bike would fix everything", "if I had an accident the insurance would pay off jiebei"
    # (the writer's own accident: not a collector's "an accident would pay off everything", not "my accident insurance")
    r"\b(my (accident|crash)|an? (accident|crash) on my \w+)\b(?! (insurance|cover|policy))"
    r".{0,30}\bwould (fix|solve|sort|clear|end|pay off|pay)\b",
    r"\bif i (had|have|got|get|were in|was in) an? (accident|crash)\b.{0,40}\b(pay (it )?off|clear|cover|settle)\b",
)

# --- following a dying relative --------------------------------------------------------------------------------------
_KIN_ZH = r"(他|她|爸|妈|父亲|母亲|爷爷|奶奶|外婆|外公|姥姥|姥爷|老公|老婆|孩子|儿子|女儿)"
_FOLLOW_ZH = (
    # 等她走了，我也跟着走 / 他一走我就去陪他 / 等他走了我就跟他一起走: the writer's going told with 也/就 and ending the
    # clause (not "我想去陪她几天", "我想跟她一起走过的路再走一遍", "我想去找她的遗物": a visit, a walk, a keepsake)
    rf"{_KIN_ZH}\S{{0,3}}(走了|一走|走的那天|走以后|走之后|走后|不在了|没了|去世)\S{{0,3}}\s?(我也|我就|我都)\S{{0,2}}"
    # (a keeping company already done is a living relative's: "外公去世后我就去陪她了"; going to fetch things is an errand)
    r"((跟着|跟(他|她)(一起)?|随(他|她)|去找(他|她)|一起|跟埋他)\S{0,2}(走|去)?(了|吧|算了|算啦)?|(去)?陪(他|她)(走|去)?吧?)(?!\S)(?!\s?去\S{0,6}(收拾|拿|办|处理|整理))",
    # 等她走的那天，我也不打算留下了 (not "我不想留在这个城市": a place)
    rf"{_KIN_ZH}\S{{0,3}}(走了|一走|走的那天|走以后|走之后|走后|不在了|去世)\S{{0,4}}\s?(我也|我就|我都|我)\S{{0,2}}(不打算|不想|不会|不准备)(再)?(留下|留低|活|活下去|待下去|呆下去)(了)?(?!\S)"
    # (not a place left: "不想留下了，想回城里")
    r"(?!\s?\S{0,3}(回|搬|离开这|换个))",
    # 我想去那边找他 (a parent just gone, the writer wanting to reach them)
    r"(想|要|打算)(去)?(那边|下面|天上)(找|陪)(他|她|爸|妈)",
)
_FOLLOW_EN = (
    # (not "when mum goes into surgery I'm going with her to the hospital": a going somewhere, company on the way)
    r"\b(when|once|after) (she|he|mum|mom|dad|they|my \w+) (goes\b(?! (in|into|to|for|out|back|home|away|on|off|under)\b)|dies|passes|is gone|are gone)\b.{0,25}"
    r"\b(im going|ill go|i will go|i go|i am going|ill follow|i follow|im coming|ill be going)( with (him|her|them)\b(?! (to|into|for|on|in|at|every)\b)| too| after| as well)\b",
    r"\bi (wont|will not|dont want to|do not want to|am not going to|refuse to) (stay|be left) behind (after|without) (him|her|them|mum|mom|dad)\b",
    r"\bi (have )?decided i (wont|will not) stay behind\b",
    # (the clause ends there: not "I want to be where she is as much as I can", a visit to a living relative)
    r"\b(want|going) to (be|go) where (he|she|they) (is|are|goes|is going|went)( now)?$",
)

# --- the writer's own body denied x the debt -------------------------------------------------------------------------
_STARVE_ZH = (
    r"(不吃|绝食|不再吃|不吃饭|不吃东西|饿着).{0,14}(饿到哪天|饿死|撑不住|垮掉|垮了|就结束|解脱|人没了|就完了|就不用还)",
    r"(让|等)(身体|自己)\S{0,2}(慢慢)?(垮掉|垮了|耗干|耗尽|撑不住|饿死)",
    r"饿到哪天(算|是)哪天",
    r"(打算|决定|干脆|准备)(就)?(这样)?(一直)?(不吃饭|不吃东西|不再吃|绝食)(了)?(?!\S{0,6}(减肥|斋|检查|手术|体检))",
)
_STARVE_EN = (
    # (not a meal skipped: "I starve myself until dinner on work days", "starving myself for dinner tonight lol")
    r"\bstarv\w* (myself(?! (until|till|for|before|after|on|during|at|all day|today|tonight|this|a bit|a little))|is cheaper|would be cheaper|to death)\b",
    r"\b(stopped|quit|not|no longer|gave up) eating\b(?! out)(?! \w+ out\b).{0,40}\b(not a diet|on purpose|fade|plan|over soon|be over|ends when)\b",
    r"\b(havent|have not|hasnt) eaten\b(?! out)(?! \w+ out\b).{0,30}\b(on purpose|and im not planning to|and i dont plan to|not planning to)\b",
    r"\bnot eating is (my|the) plan\b",
)
_FAST = regex(r"斋|减肥|轻断食|禁食|体检|检查|手术|医生让|\b(ramadan|diet\w*|fasting|colonoscopy|surgery|procedure|lent|detox)\b")
_MEDS = regex(r"药|\b(meds|medication|medicine|antidepressants?|pills|lithium|tablets|prescription)\b")
_RELAPSE_ZH = (
    r"(那些|那种|那个|以前的|之前的|老)(念头|想法|感觉|事情|事)\S{0,4}(又)(回来|来|开始|冒出来)",
    r"又开始想那些(事|事情|东西)",
    r"(这次|这回)\S{0,2}(不想|不打算|不会)(再)?(挣扎|对抗|抵抗|撑)",
)
_RELAPSE_EN = (
    r"\b(the )?(dark|old|bad|those|same) (stuff|thoughts|feelings?)\b.{0,12}\b(are|is|came|coming)?\s?(back|returning|returned)\b",
    r"\bthe thoughts are (back|coming back)\b",
    r"\bnot fighting (them|it|back) (this time|anymore|any more)\b|\b(tired of|done) fighting (them|it)\b",
)
_DOCTOR = regex(r"医生(说|让|建议|同意)|病好了|好多了|\b(doctor|doctors|gp|psychiatrist)\b|\b(tapering|better now)\b")

# --- cards and passwords handed over in case; disappearing as a gift; making oneself stop ---------------------------
_IN_CASE_ZH = (
    # (the writer's person is what may happen: not "万一我手机丢了", "以防万一我忘了"; a bare 以防万一 ends its clause)
    r"(密码|银行卡|卡)\S{0,14}(给|交给|放|发给|留给|写在)\S{0,12}\s?(以防万一(?!\S)|万一我(有什么|有个|出了?什么|出事|不在|走了|没了)"
    r"|我(要是|如果)?有什么(事|三长两短)|找不到我|我不在)",
    r"(以防万一(?!\S)|万一我有什么事|我要是出了什么事|我要是有什么事).{0,14}(密码|银行卡)",
)
# (the writer's own: "my cards", "I left/gave…"; "Dad gave me his cards just in case" is a relative's sign, others.py's)
_MY_THINGS_EN = r"\b(my|i (left|gave|handed|sent|wrote down)( \w+){0,3}) ((bank|phone|account|alipay|wechat) )?(passwords?|pins?|cards?|logins?|passcodes?)\b"
_IN_CASE_EN = (
    # (something happening to the writer, or "just in case" ending its clause: not "just in case I forget them", "in case
    # something happens to my phone")
    rf"{_MY_THINGS_EN}.{{0,60}}\b(just in case$|(just )?in case (anything|something) (happens|happened)( to me)?$|(just )?in case (anything|something) (happens|happened) to me)\b",
    rf"\b(just in case|in case (anything|something) (happens|happened)( to me)?)(?! (to|with) (my|the|our|his|her)\b)(?! (something|anything) (happens|happened) (to|with) (my|the|our|his|her)\b)(?! i\b)\b"
    rf".{{0,30}}{_MY_THINGS_EN}",
)
_TRIP = regex(r"手术|住院|出差|出国|旅游|出门|共用|军|\b(surgery|operation|hospital|trip|travel\w*|away|shared|share|army|military|abroad|holiday)\b")
_GIFT = (
    r"(永远|彻底|从此)消失\S{0,10}(礼物|最好|对\S{0,6}都好)|(我)消失了?\S{0,4}对(大家|他们|家里|所有人|孩子|爸妈)\S{0,2}(都)?(好|是好事)",
    r"就当(没生过我|没有我这个人|我没来过)(吧|了|好了|一样)?(?!\S)",
    r"\bdisappear\w* (for good|forever|permanently)\b.{0,30}\b(gift|best thing|kindest|better off|favou?r)\b",
    r"\b(best|kindest|greatest) (gift|thing)\b.{0,40}\bdisappear\w* (for good|forever|permanently)\b",
)
# Not wanting to open the eyes again (a morning's reluctance is the everyday reading: _HABIT's 起床, 上班, 闹钟)
_NOT_WAKING = r"(不想|不愿意|不要)(再)?(睁开眼(睛)?|醒来|醒过来)(了)?(?!\S{0,4}(上班|起床|上学))"
_STOPPED = (
    r"办法\S{0,8}(让|把)我?自己\S{0,2}停(下来|掉)",
    r"(让|把)我?自己\S{0,2}(彻底|永远)停(下来|掉)|(让|把)我?自己\S{0,2}停(下来|掉).{0,8}(彻底|永远|一切|不是休息)",
    r"\b(make|making|made) myself stop( (all of it|everything|for good|completely|for real|literally|permanently|forever))?$",
)
# A habit stopped (borrowing, spending, drinking) or a morning's reluctance: not the writer stopping. 借 alone is the
# product's own name (借呗) and no habit.
_HABIT = regex(r"(不再|别再|不去|少|不)\S?(借|刷|买|花|喝|赌|玩)|超前消费|戒|休息一下|起床|上班|上学|闹钟|周末|睡到|懒觉|假期|结膜炎|角膜炎|麦粒肿|眼药|眼睛\S{0,3}(疼|痛|肿|红|发炎|过敏|干)"
               r"|\b(borrow\w*|spend\w*|buy\w*|shopping|gambl\w*|drink\w*|smok\w*|using|scroll\w*|alarm|work|school|weekend\w*|check\w*|refresh\w*|the app|pink ?eye|conjunctivitis|eye infection|stye)\b")

# --- where an everyday reason clears a cue (mend125, review121 F3) ---------------------------------------------------
# An everyday reason told as not the reason ("不是减肥", "搬回老家也没用", "moving back won't fix anything") or as the
# cover story told to someone else ("我弟以为我要出差", "he thinks it's for my trip") clears nothing: it is cut away.
_TOLD_ASIDE = regex(
    r"\S*(以为|说是|当是|当成|骗(他|她|他们)说?)\S*"  # zh: the clause of the cover story
    r"|\S*(不是(为了)?|并不是|也没用|没有用|不管用|也躲不掉|也不行)\S*"  # zh: the clause of the denied reason
    r"|\b(he|she|they|everyone|my \w+) (thinks?|believes?|assumes?)\b( \S+){0,6}|\b(told|telling) (him|her|them|everyone)\b( \S+){0,6}"
    r"|\b(not|isnt|its not|wasnt) (because of|for|about|due to)\b( \S+){0,4}"
    r"|(\S+ ){0,4}\S+ (wont|will not|doesnt|does not|didnt|cant) (fix|help|change|solve|stop)\b")


class _NearCue(Cue):
    """A Cue whose ``unless`` is looked for only in the window that holds the match and the clause right after it
    (not anywhere in the sentence: "工作也丢了", "moving back home won't fix anything" a clause before a real crisis
    cleared it; review121 F3), and never in a reason told aside (_TOLD_ASIDE)."""

    def _around(self, window_text: str, message: str) -> str:
        sentence = super()._around(window_text, message)
        at = sentence.find(window_text)
        after = sentence[at + len(window_text):].split() if at >= 0 else []
        # zh: the next clause (folded clauses are parted by a space); en: the next words
        nearby = after[0] if after and not after[0].isascii() else " ".join(after[:8])
        return _TOLD_ASIDE.sub(" ", f"{window_text} {nearby}")


class _AsideCue(Cue):
    """A Cue whose ``unless`` is looked for in the whole sentence (a fast or a diet is told a clause before as often as
    after: "ramadan now, not eating during the day on purpose"), but never in a reason told aside (不是减肥)."""

    def _around(self, window_text: str, message: str) -> str:
        return _TOLD_ASIDE.sub(" ", super()._around(window_text, message))


# Following a relative told as a place left or an errand in the clause right after ("奶奶走的那天我就不想留下了，想回城里";
# "我也跟着去了，去她住的养老院收拾东西"; review121 F2): not the writer's ending.
_ERRAND = regex(r"(留下|留低|跟着去|跟着走|去了|走了)(了|吧)?\s(想|要|打算|准备)?(回|搬|离开这)|\s去\S{0,6}(收拾|拿|办|处理|整理|取)")

# A collector's reported words are not the writer's reasoning ("the agent said I should disappear for good, that it
# would be a gift to everyone"; review121 F1): the gift and the staged accident are not read in a window that tells them.
_COLLECTOR_SAID = regex(r"催收\S{0,4}(说|让|叫|要|逼|告诉|骂)|\b(collectors?|agents?|callers?|the platform|recovery \w+)\b.{0,24}"
                        r"\b(said|says|told|tells|telling|saying|suggested|suggests)\b")

OWN_ENDS = (
    _NearCue("hopeless", any_of(*_NOT_REACHED_ZH, *_NOT_REACHED_EN), negatable=True, hides=False, unless=_ELSEWHERE,
             unless_nearby=True, reach=True, aside_nearby=True),
    Cue("death_reasoning", any_of(*_STAGED_ZH, *_STAGED_EN), hides=False, requires=_INSURED, near=_COLLECTOR_SAID),
    _NearCue("together", any_of(*_FOLLOW_ZH, *_FOLLOW_EN), negatable=True, hides=False, unless=_ERRAND, unless_nearby=True,
             reach=True, aside_nearby=True),
    _AsideCue("self_harm", any_of(*_STARVE_ZH, *_STARVE_EN), negatable=True, hides=False, unless=_FAST, unless_nearby=True,
             reach=True, aside_nearby=True),
    Cue("hopeless", any_of(*_RELAPSE_ZH, *_RELAPSE_EN), hides=False, requires=_MEDS, unless=_DOCTOR),
    _NearCue("farewell", any_of(*_IN_CASE_ZH, *_IN_CASE_EN), hides=False, unless=_TRIP, unless_nearby=True, reach=True,
             aside_nearby=True),
    Cue("farewell", any_of(*_GIFT), negatable=True, hides=False, near=_COLLECTOR_SAID),
    # (the habit is told a clause before as often as after: "I keep checking the app, I need to make myself stop"; its
    # everyday words clear it anywhere in the sentence)
    Cue("hopeless", any_of(*_STOPPED, _NOT_WAKING), hides=False, unless=_HABIT, unless_nearby=True, reach=True,
        aside_nearby=True),
)



_WRITERS_OWN = regex("|".join(f"(?:{p})" for p in (*_IN_CASE_ZH, *_IN_CASE_EN, *_FOLLOW_ZH, *_FOLLOW_EN)))


def writers_own(clauses: Sequence[str]) -> bool:
    """Whether the folded clauses tell the writer's own cards handed over in case, or the writer following a dying
    relative: the relative or the friend named there is a recipient or the one dying of illness, not someone at risk
    to help (safety.someone_at_risk gave "left my cards and pins with my flatmate just in case" the helper's reply).
    Each clause and each pair of neighbours is read as the cues read windows, so a cue's clause end ("…just in case"
    at the end of a clause, mend125) is a clause's end here too."""
    pairs = (f"{first} {second}" for first, second in zip(clauses, clauses[1:]))
    return any(_WRITERS_OWN.search(text) is not None for text in (*clauses, *pairs))
