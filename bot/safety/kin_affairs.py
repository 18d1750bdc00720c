"""Someone else's affairs put in order, with no death word (signs106, issue 12, Round 79).

affairs.py (Round 71) reads acts of disposal x finality for the WRITER: "我把猫送人了，以后就拜托她了". The same acts
done by someone else and told by the worried writer were read by nothing, or by the writer's reply: a parent settling
the household papers and teaching the other how to pay the bills, a roommate giving the laptop away, a brother sending
his passcodes out of nowhere, a friend dropping the dog off, each followed by silence or thanks for the years. An
independent set missed four such crises in both languages (blind19 kinds report §1).

The reading is structural, the writer's own acts left to affairs.py:

    an act of disposal or handing over (affairs.is_act, and the handing TO the writer it does not list: 分给, 塞给,
      给我转了, passcodes or cards texted or left, a desk cleared, every debt paid back)
    whose actor is someone else (others' subject reading: the clause's own subject, or the last one named before it)
  x the person then unreachable (关机, 不回, 没回宿舍, "won't pick up", "voicemail") or a frame of finality said
    (affairs.is_final, and thanks for the years, 对不起家里, 以后靠你, "it's all sorted", "in charge now")
  x and the writer's worry, the debt, or the silence itself beside it (a thank-you and a gift alone are a leaving party).

An everyday frame in the message explains the acts (a trip, surgery, a move, graduating, retiring, a new job, a gift for
an occasion, a donation, a sale to pay a bill); dodging collectors explains the silence only in its own sentence.
Additive: others.at_risk_elsewhere adds the cue ``kin_affairs`` with ``someone_else``, so the helper's reply is given
where every crisis clause is the other's (others.helper_asking); the writer's own danger said anywhere keeps the
writer's reply.
"""

from __future__ import annotations

from ..patterns import regex
from .affairs import everyday, is_act, is_final
from .clauses import Clause, fold_clause, raw_sentences
from .followed import understood
from .others_absent import Whose, absent_signs  # (others._whose, passed in: others.py owns the subject reading)

# Handing over TO the writer or clearing out, which affairs' acts (the writer's own disposals) do not list.
_MORE_ACTS = regex(
    r"分给|塞给|还给|寄给|交代给|(给|向)(我|我们)转了|转了(我|我们)?(一笔|一些|点)钱|清空|(欠\S{0,4}的?钱)\S{0,4}(全|都)?还(了|清)|(把|将)\S{0,12}(钥匙|卡|密码|存折|首饰|猫|狗)\S{0,6}(给|交|放|留)"
    r"|\b(texted|sent|gave|handed|told|showed|wrote down) (me|us|him|her|my \w+) (all |each of )?(his|her|their) (\w+ ){0,2}(passcodes?|passwords?|pins?|cards?|keys|savings|documents|papers)\b"
    r"|\b(wrote down|written down) (all )?(his|her) (\w+ )?(passwords?|passcodes?|pins?)\b"
    r"|\bleft (his|her) (\w+ ){0,3}(cards?|keys|passwords?|rings?|phone)\b|\bcleared (out )?(his|her) (desk|room|locker|things)\b"
    r"|\b(dropped|brought) (his|her) \w+ off\b|\bpa(id|ying) back every\w*\b|\btransferred (me|us|him|her) (all )?(his|her)\b"
    r"|\bsort(ed|ing) (out )?(all )?(the|his|her) (paperwork|papers|documents|affairs)\b|\b(his|her|my) (phone |bank |card )?(password|passcode|pin) is\b|\bput (his|her) (\w+ ){1,4}in an envelope\b")
# One entrusted, named before the handing: the object of the writer's act ("孩子就交给她了", "猫托付给邻居了").
_ENTRUSTED = regex(r"(孩子|女儿|儿子|猫|狗|宠物|爸妈|父母|老人|家里)\S{0,3}(就|都|也)?(交给|托付|拜托|给|留给)")
# The person unreachable after it (others' _GONE words, and the silence told by a worried writer).
_GONE = regex(
    r"关机|联系不上|联系不到|找不到|打不通|没人接|失联|人不见|不见了|退群|(电话|手机)\S{0,3}(也)?不(怎么)?接|不接(电话)?|(微信|消息|信息)\S{0,3}(也)?不回|不回(消息|信息|微信|电话)?"
    r"|没回(来|家|宿舍|消息|信息|微信)|人不在家|不知道(他|她)?去(了)?哪"
    r"|\bphone (is|was|has been|s|goes) (\w+ )?(off|switched off|dead|to voicemail)\b|\b(wont|doesnt|isnt|not|hasnt|stopped) (\w+ )?(pick(ing)? up|answer(ing|ed)?|respond\w*|reply\w*)\b"
    r"|\b(cant|cannot|can t|nobody can|no one can) (reach|find|get hold of|contact)\b|\b(hasnt|has not|didnt) (come|came) (back|home)\b|\bunreachable\b|\bvoicemail\b|\b(and|then) (just )?left\b(?! (his|her|the|a|me|us|it|them|for|my))"
    r"|\b(left|leaving) the (group|chat)\b|\b(gone|went) (quiet|silent|offline)\b|\bsilent since\b|\bmissing\b")
# Silence explained in its own sentence: dodging the calls, a flat battery, work, a flight.
_QUIET_EVERYDAY = regex(r"躲(催收|债|电话)|换号|没电|开会|加班|信号|飞机|上班|睡(觉|着)"
                        r"|\b(dodg\w*|avoid\w*|battery|meeting|signal|flight|at work|asleep|sleeping)\b")
# Finality said of another's acts, beyond affairs' frames: thanks for the years, sorry to the family, the family left to
# the writer, "it's all sorted", "in charge now", "fine without her".
_FAREWELLISH = regex(
    r"谢谢\S{0,8}(照顾|这些年|这么多年|大家|每个人|所有人|亲戚)|道谢|感谢的话|对不起(家里|大家|你们|我们|爸妈|全家)|以后(家里|爸妈|孩子|妈)?(就)?靠(你|我)|(不用|别)等(他|她|我)"
    r"|收拾得干干净净|说(他|她)?累了|以后(就)?(给|归)(我|你)"
    r"|\bthank(ed|ing|s)?\b.{0,30}\bfor (everything|the years|all the years|putting up|being)\b|\bthank-?you (message|note|text)s?\b"
    r"|\b(its|it s|everything is|everything s|all) (all )?(sorted|taken care of)\b|\bin charge now\b|\b(fine|better off|okay|ok) without (her|him)\b"
    r"|\bgood knowing\b|\btidying up\b|\b(not|dont) (to )?open (it|them)\b|\bsaid (his|her) goodbyes\b")
# The writer worried or asking what to do.
_WORRY = regex(r"怎么办|咋办|该怎么|我该|我们该|要不要|能做什么|能做啥|怕|担心|慌|报警|拦|什么意思|正常吗|不对劲"
               r"|\bwhat (should|do|can|could) (i|we)\b|\bhelp\b|\bworr\w*|\bscared\b|\bafraid\b|\bbad sign\b|\bcall (someone|the police)\b"
               r"|\bshould (i|we)\b|\bhow (do|can) (i|we)\b|\bfrightened\b")
# (mend86, review104 F6: money owed TO the writer, 欠我钱 / "owes me", is no farewell's burden; it is blanked first)
_OWED_ME = regex(r"欠(了)?(我|我们)\S{0,6}(钱|块|元|万|千|百)?|\bowes? (me|us)\b( \w+)?")
_DEBT = regex(r"欠|债|网贷|借呗|花呗|催收|逾期|还不上|\b(debts?|owes?|owing|loans?|collectors?|jiebei|huabei|lenders?)\b")
# The household's affairs explained to the writer (which card holds what, how the bills are paid), and the writer's fear.
_EXPLAINED = regex(r"(跟|和|给|向)(我|我们|我妈|我爸)\S{0,6}交代\S{0,6}(家里|后面|以后|身后)|交代\S{0,4}(家里|家中)的?事"
                   r"|\b(showed|told|explained to|walked) (me|us|my \w+) (through )?(where|how|which) (the |his |her )?(papers|documents|insurance|bills|cards|accounts|money)")
_FEAR = regex(r"怕|慌|担心|不对劲|不安|\b(scared|afraid|worried|frightened|uneasy|bad feeling)\b")
# Everyday frames that explain someone's acts (message-wide: they clear only this reader's cue, never another's).
_EVERYDAY = regex(
    r"出差|旅游|旅行|出国|留学|读研|读书|上学|手术|住院|体检|搬(家|去|到|走|过去)|毕业|退休|离职|辞职|入职|新工作|新公司|结婚|嫁妆|婚礼|生孩子|坐月子|月子|部队|参军|当兵"
    # (mend86, review104 F6: a layoff, an exam, a move for work and age explain a leaving)
    r"|裁员|被裁|被辞|被开除|考公|考研|考编|(去|到)\S{0,4}发展|年纪大|老了|眼睛(不好|花)|视力"
    r"|寄养|断舍离|捐|闲鱼|压岁钱|过年|生日(礼物|快乐|聚会)|礼物|换了新|买了新|旧(手机|衣服|电脑|东西)|帮(他|她|我)(交|还|付)|让我帮|(去|住|待|玩|出去)\S{0,2}(几|两|三|一)(天|周|个月)|(几|两|三)天(就|后)回|(一周|半个月)(?!\S{0,3}(没|不|都没|联系|找不))|回来(再|就)"
    r"|卖\S{0,12}还|还(借呗|花呗|网贷)|"
    r"\b(trip|travel\w*|surgery|operation|hospital|mov(e|ed|es|ing)|downsiz\w*|graduat\w*|retir\w*|new (job|phone|one)|wedding (gift|present|day|party|planning|dress|photos|anniversary)|birthday (present|gift|party)|for (his|her|my|their) birthday"
    r"|giving birth|abroad|military|army|overseas|charity|donat\w*|so i can|while (hes|shes|he is|she is|hes away|shes away)|for a (week|month|few days)"
    r"|back (on|in|next)|party|laid off|let go|fired|redundan\w*|exams?|getting older|eyesight|old (phone|clothes|laptop|stuff)|to (pay|repay|cover) (the|his|her|a) \w+)\b")

# (mend86, review104 F2) The writer's own wish or plan beside another's acts: "I've been thinking of doing the same",
# 我也准备这么做, 也想学他, "go the same way", or the writer's own debt despaired of (我也还不上, "I owe too much").
_WRITER_TOO = regex(
    r"我\S{0,4}也\S{0,3}(想|准备|打算|要|会)\S{0,2}(这么|这样|那样|学(他|她)|跟(他|她)|一走了之|一了百了)|我\S{0,8}(学(他|她)|一走了之|同样的路)"
    r"|我\S{0,4}也\S{0,2}(还不上|还不起|撑不住|活不下去|不想活)"
    r"|\b(i|im|ive|ill|id|me)\b.{0,40}\b(the same|same way|same thing|do that too|do it too)\b"
    r"|\bi owe (too|so) much\b|\bi owe\b.{0,20}\b(jiebei|loans?|debts?|lenders?)\b|\bmy (loans|debts?) (are|is) (past|crushing|killing|too)\b"
    r"|\b(crushing me|past saving|nobody needs me)\b"
    # (signs113, Round 83) the writer doing the same or being the one: "我今晚也去那座桥", "我其实也在查", "其实我才是那个想走
    # 的人", "I'm going there too", "I'm the one who wants to go". (mend127, review120 F4: the SAME dangerous act, a
    # verb of a sign or of ending after 也, not any verb: "我今天也请了假在家等消息" and "I drove past the bridge too" are a
    # helper's; F2: the English "too" up to 60 characters after the I, a verb of a sign between)
    r"|我(自己)?(其实|今晚|今天|明天|现在|真的|马上|偷偷|已经)?(也|才是)\S{0,3}?(想(走|死|去|跟|跳|了结|结束|解脱|一了百了)|去那|去(同一|那)|跳|存了|攒了|囤了|写好|写了(遗书|信)|准备好|收拾好|锁|反锁|关在|"
    r"照着做|这么做|这样做|在(查|搜)(?!\S{0,3}(他|她|监控|定位|记录|位置))|看\S{0,4}(桥|楼|药)|查\S{0,8}(药|桥|方法|怎么|不疼|不痛)|买(了|好)\S{0,4}(药|炭|绳)|不想活|活不|撑不|那个想走|点(上|了)|喝|吃(了)?\S{0,3}药|走了|要走|跟着)"
    r"|\b(i|im|ive|ill|i will|i am)\b(?!.{0,60}\b(worried|scared|afraid|looking for|searching for him|searching for her|call\w*|rang|phoned|police|reported|waiting|out looking)\b)"
    r".{0,60}\b(locked|shut|wrote|written|writing|going|go|goodbye|searched|searching|looked up|looking up|pills|engine|charcoal|rope|jump\w*|end\w*|done|ready|follow\w*|same)\b.{0,30}\b(too|as well)$"
    r"|\b(im|i am) the one\b"
    # (mend127, review120 F1/F2) the writer going with or after the other: 跟他一起走, 跟着他去, "follow him", "go with her"
    r"|(跟|随)(着)?(他|她)(一起|一块)?(走|去)|\b(follow|join|go with|going with|be with) (him|her)\b(?! (to|home|back|up|around))")

# (mend127, review120 F1) The writer's own means in hand or place of ending in a clause naming them: "我这边炭已经点上了",
# "I'm sitting in my car in the garage with the engine running / on", "我手里攥着一把安眠药", "车开着，门也关了".
# (the means held, not perceived: the exhaust smelt from another's garage is theirs)
_WRITERS_MEANS = regex(r"炭|煤|农药|安眠药|一把药|药都|绳|没熄火|发动着|车(还|一直)?开着|坐在车\S{0,3}里|在车库里"
                       r"|\b(charcoal|pesticide|rope|noose|pills (right )?(here|in my hand)|engine (is )?(running|on)|in my car in the\b.{0,20}\bgarage)\b")
# The writer as the subject, at the clause's start ("我这边…", "I've got…"), not one of the writer's kin.
_WRITER_HERE = regex(r"^\S{0,2}?(?<![着对给让跟叫帮陪把被])我(?!(爸|妈|哥|姐|弟|妹|老公|老婆|儿子|女儿|家|们家))|^(\w+ ){0,2}(i|im|ive|id|ill)\b(?! (can |could |just )?(smell|hear|see|saw|heard|smelled|smelt|notic\w*|found))")


def writer_too(message: str, clauses: list[Clause], theirs: set[int]) -> bool:
    """Whether, outside the clauses telling the other's acts (``theirs``), the writer says a wish, plan or debt despair
    of their own, holds a means of their own, or takes the other's side (followed.understood): then both are at risk and
    the writer's reply is given first (review104 F2: "I understand him, I've been thinking of doing the same" got the
    helper's reply; review120 F1: "…I'm sitting in my car in the garage with the engine running" did too)."""
    # (a clause split before its verb, "i want to | do the same", is read with the one before it when that is not theirs)
    texts = [fold_clause(clause.text) for clause in clauses]
    # (the means in the writer's clause, or in the next one, "我在车库里 | 车开着")
    if any(_WRITERS_MEANS.search(texts[i]) and (_WRITER_HERE.search(texts[i]) or i - 1 not in theirs and i and _WRITER_HERE.search(texts[i - 1]))
           for i in range(len(texts)) if i not in theirs):
        return True
    return any(_WRITER_TOO.search(" ".join(texts[max(i - 1, 0) if i - 1 not in theirs else i:i + 1])) or understood(texts[i])
               for i in range(len(texts)) if i not in theirs)


def _act(text: str) -> bool:
    """Whether ``text`` (folded) tells an act of disposal or handing over (affairs' acts and the handing it lacks)."""
    return is_act(text) or _MORE_ACTS.search(text) is not None


def _gone(message: str, clauses: list[Clause], whose: Whose) -> bool:
    """Whether the other person went silent: a silence told in a sentence that does not explain it (dodging the calls,
    a flat battery), and told of the other (its clause's subject, or the last one named before it)."""
    quiet = [text for text in (fold_clause(part) for part in raw_sentences(message)) if not _QUIET_EVERYDAY.search(text)]
    return any(_GONE.search(text) for text in quiet) and any(
        _GONE.search(fold_clause(clause.text)) and whose(clauses, i, message) == "other" for i, clause in enumerate(clauses))


def _silent(text: str) -> bool:
    """Whether one folded sentence tells a silence it does not explain (others_absent.py reads it)."""
    return _GONE.search(text) is not None and _QUIET_EVERYDAY.search(text) is None


def _ordinary(whole: str) -> bool:
    """Whether a folded message holds an everyday frame for someone's acts (this module's and affairs')."""
    return _EVERYDAY.search(whole) is not None or everyday(whole)


def kin_affairs(message: str, clauses: list[Clause], whose: Whose) -> set[int]:
    """The clauses telling someone else's affairs put in order as a farewell (see the module doc), or someone else's
    signs of a farewell then their absence (others_absent.py, Round 83), or none."""
    if signs := absent_signs(message, clauses, whose, _silent, _ordinary):
        return signs
    whole = fold_clause(message)
    if _ordinary(whole):  # (affairs' everyday frames too: a job away, saving, an old relative)
        return set()
    # (an act may run over two clauses: "put her rings | and her cards in an envelope"; its actor is the first's)
    # (one entrusted and named first is the object, not who acts: "以后孩子就交给她了" is the writer's act)
    acted = {i for i, clause in enumerate(clauses) if not _ENTRUSTED.search(fold_clause(clause.text))
             and _act(fold_clause(" ".join(c.text for c in clauses[i:i + 2]))) and whose(clauses, i, message) == "other"}
    thanked = _FAREWELLISH.search(whole) is not None
    debt = _DEBT.search(_OWED_ME.sub(" ", whole)) is not None
    # the household's affairs explained to the writer by the other, with the writer's fear and the debt ("跟我交代家里的
    # 事…我越听越害怕"): the explaining is the act
    explained = {i for i, clause in enumerate(clauses)
                 if _EXPLAINED.search(fold_clause(clause.text)) and whose(clauses, i, message) == "other"} if debt and _FEAR.search(whole) else set()
    # acts with the silence or a finality, and the worry, the debt or the silence beside them; or, with no act, thanks
    # for the years and then silence, beside the debt (the silence and the finality are read only where they can count:
    # most messages tell no act)
    if acted:
        gone = _gone(message, clauses, whose)
        read = (gone or thanked or is_final(whole)) and (gone or _WORRY.search(whole) is not None or debt)
    else:
        read = thanked and debt and _gone(message, clauses, whose)
    if not (read or explained):
        return set()
    acted = acted | explained if read else explained
    signs = {i for i, clause in enumerate(clauses)
             if (text := fold_clause(clause.text)) and (_GONE.search(text) or _FAREWELLISH.search(text) or is_final(text))}
    return acted | signs


__all__ = ["kin_affairs", "writer_too"]
