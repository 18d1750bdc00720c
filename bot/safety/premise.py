"""The writer's own death taken as the premise of a practical question, and farewell tokens (death135, issue 12, Round 90).

Calm, businesslike questions carry the risk here: how to donate one's body "this week" without the family knowing,
whether the parents pay if the borrower dies before the weekend, whether an accident payout reaches the family, what
the family should do "after" with the account details left on the desk. Each question alone is an everyday one (people
register as donors, make wills, ask about an estate); the reading is structural:

    the writer's own death or absence as a premise (PREMISE: 如果我不在了, 我死了以后, 我走后, 本人身故后, 如果借款人
                                                     身故, 遗体捐献; "if I die", "when I'm gone", "if I leave today",
                                                     "does my debt die with me", "if the borrower dies", body donation)
  x something that makes it present               (PRESENT: a near time 这周内, 过几天, 今天就, "by Friday", "tonight";
                                                     secrecy 不想让家里人知道, "no one at home knows"; the debt given
                                                     up as the reason 反正还不上, "past saving"; affairs settled
                                                     交代好, 其他的都准备好了, "leave things tidy"; not a burden)

and farewell tokens, acts whose only reading is a leaving:

    account details or passwords left for the family, with what THEY should do next (给个步骤, "next steps", "after")
    contacts deleted one by one, with a thanks or a last word to each
    keepsakes (medals, a discharge paper) sent home to a parent, with a burden, an apology or "he should have them"
    a letter for a child to read when older, beside the debt
    belongings given away with the rest packed, or packed "so they won't have to sort"

Everyday frames leave it alone (ORDINARY here, and affairs.everyday's: a move, a trip, a job, studies): curiosity or
study (好奇, 论文, "just curious", "for a class"), old age (老了, "old age"), someone else's death told (我爸去年去世),
a donor registration or insurance bought out of interest, a new baby, a time capsule or a birthday. A cover story
(affairs.everyday reads it) explains nothing.

Only ADDS a crisis (cue "premise" in rules.read_rules); hides nothing.
"""

from __future__ import annotations

from ..patterns import regex
from .affairs import everyday
from .clauses import Clause, fold_clause

# --- the writer's own death or absence as a premise ------------------------------------------------------------------
# Strong: the writer's own death or absence, or a borrower's or "a person's" asked of in the writer's place (a
# relative's death told is ORDINARY below). Weak: a death insured, a donation, "a person dying" with no subject.
_OWN = regex(
    r"(如果|要是|万一|假如|假设|等|哪天|一旦)?(我|本人|借款人|欠款人|一个人)(本人)?(如果|要是)?(今天|明天|今晚|这周|本周|这个?月|月底|下周|下个?月|过几天|这几天|哪天|真的|从此|突然)?(就)?"
    r"(去世|死了|死亡|身故|意外身故|不在了|不在人世|没了(?!\S)|不存在了)"
    r"|(我|本人)(死|去世|身故)(了)?(以后|之后|后)|(我的)?身后(的)?事"
    r"|\b(if|when|once|after) i (die|am dead)\b|\bi (pass|passed) away\b"
    r"|\b(if|when|once|after) im dead\b|\bafter (i die|my death)\b|\bdie with me\b"
    r"|\bif (a|the) (borrower|debtor) (dies|passes|died)\b|\bif (someone|a person) (just )?(wasnt|was not|werent) here anymore\b")
# Gone or leaving (走, 离开, "when I'm gone", "if I leave today"): everyday words for a job, a city, a chat left too
# (review149 F2a), so they count as the writer's own only with two things that make them present, and a job, a
# place or a chat named explains them.
_GONE = regex(
    r"(如果|要是|万一|假如)(我|本人|借款人)(今天|明天|今晚|这周|本周|这个?月|月底|这几天|过几天|这两天)?(就)?(走了|离开)(了)?(的话)?(?!\S)"
    r"|(我|本人)(走|离开)(了)?(以后|之后|后)(?!门)"
    r"|\b(if|when|once|after) i (am gone|leave today|m gone|m not (here|around))\b|\bwhen im (gone|not (here|around))\b"
    r"|\b(if|when|once|after) im (gone|not (here|around))\b|\bafter im gone\b|\bill be gone\b")
_LEAVING_FRAME = regex(r"公司|辞职|离职|下班|上班|走人|不干了|单位|工作|城市|回老家|老家|聊天|群|换(手机|号|工作)|我(说的)?是说|我说的是"
                       r"|\b(job|quit\w*|company|office|boss|work|hometown|city|chat|group|i mean|spring festival|alipay for)\b")
_WEAK = regex(
    r"人死了|意外身故|身故(赔|保险金|理赔)|遗体捐(献|赠)|捐(献|赠)?遗体|器官捐(献|赠)|捐(献|赠)?器官|(眼)?角膜捐(献|赠)|捐(献|赠)?(眼)?角膜"
    r"|\b(body|organ|corneal?|cornea) donation\b|\bdonat\w* my (whole )?(body|organs?|corneas?|kidneys?)\b|\borgan donor\b|\bborrower (dies|passes)\b|\bpayout\b")
# A near time, or no time left.
_NEAR = regex(
    r"这周|本周|这个?星期|这几天|几天内|过几天|今天|今晚|明天|月底前|周末前|尽快|加急|越快越好|时间不多|撑不过|快知道答案|这个月|这两天"
    r"|趁现在|之前把|(一周|一个星期|三天|两天)(之)?内"
    r"|\b(this week|this month|within (the next )?(a )?(few )?days|by (friday|monday|tuesday|wednesday|thursday|saturday|sunday|the weekend|tomorrow)"
    r"|before the weekend|tonight|tomorrow|today|soon|quickly|fast-?track\w*|sooner|dont have much time|much longer|end of the month)\b")
# Secrecy from the family.
_SECRET = regex(r"(不想|不要|别|不用|不打算|不能)(让|告诉|通知)?(家里人?|家人|爸妈|父母|他们|她|他|我妈|我爸)?(知道|通知|告诉)|瞒着"
                r"|\b(doesnt|dont|does not|do not) need to know\b|\brather (\w+ ){0,3}not (be )?(told|know)\b|\bno one (at home |here )?knows\b"
                r"|\bwithout telling\b|\bnot (be )?told\b|\bwithout (my )?\w+ (being told|knowing)\b")
# The debt given up as the reason.
_GIVEN_UP = regex(r"没力气|撑不下去|还不上|还不起|处理不了|不想(再)?管|不管了|欠更多|没办法了|就这样吧|随(他们|它)|无所谓"
                  r"|\b(past saving|cant pay|cannot pay|never be paid|doesnt matter|more debt|done answering)\b")
# Affairs settled or being settled by the writer before it; the family to receive.
_SETTLED = regex(r"(我|都|已经|也|就|把)\S{0,8}(交代(好|清楚|给)|安排(好|清楚)|处理好|弄好|了了|准备好)|没什么顾虑|其他的都|提前办|(让|给)(家人|家里人?|孩子|我妈|爸妈)拿到"
                 r"|\b(tidy|sorted|set up|everything else is ready|arrange\w* in advance|leave things|goes to my)\b")
# The family asked about as who pays after (whether the loan passes to the parents): makes a gone-premise present.
_KIN_PAYS = regex(r"(爸妈|父母|家人|家里人?|老婆|老公|孩子|我妈|我爸)\S{0,3}(来|去)?还|\b(pass\w*|go|goes|fall\w*) to my (parents|family|wife|husband|kids|children|mum|mom|dad)\b"
                  r"|\bmy (parents|family|wife|husband|kids) (have to|need to|must|will) pay\b")
_BURDEN = regex(r"拖累|负担|没脸|\b(burden|weight on)\b")
# Everyday frames for the premise: curiosity or study, old age, someone else's death told, a new baby.
_ORDINARY = regex(r"住院|怀孕|好奇|论文|作业|上课|研究|纪录片|科普|了解一下|老了|年纪大|宝宝|生了|刚出生|退休|养老|手术|出国|出差|旅(行|游)|登山|自驾|飞机"
                  r"|遗嘱|\b(hospital|pregnan\w*|retir\w*|pension|estate planning|(a|my) will\b|surgery|operation|flight|flying|trek\w*|climb\w*|expedition|trip|travel\w*)\b"
                  r"|(爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅舅|姑姑|叔叔|阿姨|老公|老婆)\S{0,4}(去世|过世|走了|生前|遗物|后事)"
                  r"|\b(curious|class|course|essay|thesis|homework|documentary|old age|when im old|baby|newborn|wondering"
                  r"|(father|mother|dad|mum|mom|gran\w*|grandpa|uncle|aunt|husband|wife) (died|passed|is \d+)|her funeral|his funeral|after (her|his) funeral)\b")

# --- farewell tokens ---------------------------------------------------------------------------------------------------
# Account details or passwords left for the family, and what THEY should do after.
_DETAILS_LEFT = regex(r"(账户|账号|密码|银行卡|存折|证件|欠款|清单)\S{0,16}(写在|放在|留给|列了|装在|放)|(留给|交给)(我)?(姐|哥|弟|妹|妈|爸|家人|老婆|老公)"
                      r"|\b(account details|passwords?|logins?|documents|cards?|every (loan|password))\b.{0,40}\b(envelope|desk|table|folder|for (my|the|them|her|him)|by the kettle|left)\b"
                      r"|\b(left|put|wrote) (a|the) (list|sheet|folder|note)\b")
_THEIR_STEPS = regex(r"(他|她|他们|家人|家里人?|我妈|我爸|我哥|我姐|我弟|我妹|老婆|老公)\S{0,8}(该|要|需要|应该|会|能)\S{0,4}(怎么|处理|办|找谁|步骤)"
                     r"|还有什么(需要|要)?(交代|手续|提前办)|(之后|后面|以后)该(怎么|找谁)"
                     r"|\b(next steps? (they|she|he|my \w+)|what (he|she|they|my \w+) (should|needs? to|will need to|has to) do"
                     r"|what should (he|she|they|my \w+) do|what does (she|he|my \w+) need|anything else i should (arrange|leave|sort|do)"
                     r"|leave for them|arrange in advance|what do they do)\b")
# Contacts deleted one by one, with a thanks or a last word.
_DELETED = regex(r"(联系人|好友|通讯录|微信里的人)\S{0,8}(删|清)|(一个一个|一个个|挨个)\S{0,2}删\S{0,4}(好友|联系人|人)"
                 r"|\b(delet\w*|remov\w*|unfriend\w*)\b.{0,24}\b(contacts?|friends|everyone|everybody|people|them one by one)\b"
                 r"|\b(thanked|thanking) (\w+ ){0,4}(then|and then|before) (delet\w*|remov\w*)")
# (not colleagues or a work group after leaving a job: affairs.everyday reads the job left in zh, not every en word)
_WORK = regex(r"同事|工作群|前公司|\b(job|colleagues?|coworkers?|work|office|team)\b")
# Thanks or a last word said to the people deleted (not thanks to the bot for its advice).
_THANKED = regex(r"(跟|对|给|向)(他们|每个|大家|每一个|每个人)\S{0,8}(谢谢|感谢|道谢|再见)|说了(一)?(声|句)?谢谢|最后\S{0,8}(谢谢|感谢)|道(了)?谢"
                 r"|\b(thank\w* (each|every|all|them|everyone|everybody)|each (one )?got a thank|(said|say|saying) (goodbye|bye|thanks|thank you) to (each|every|all|them|everyone)"
                 r"|thanked everyone|no one left|last (word|message))\b")
# Keepsakes sent home to a parent.
_KEEPSAKE = regex(r"(奖章|勋章|军功章|退伍证|证书|纪念章)\S{0,10}(寄|送|给)\S{0,4}(回家|老家|家里|爸|妈|给我)|(寄|送)\S{0,3}(回家|老家|给我爸|给我妈)\S{0,6}(奖章|勋章|军功章|退伍证)"
                   r"|\b(medals|dog tags|discharge papers?)\b.{0,30}\b(home|to my (dad|mum|mom|father|mother|parents))\b"
                   r"|\b(mail\w*|post\w*|send\w*|sent) my (\w+ ){0,2}(medals|dog tags)\b")
_KEEPSAKE_WHY = regex(r"拖累|负担|对不起|不想再|不管|\b(burden|weight|sorry|too much|cant|doing fine)\b")
# A grandparent's medals sent home are an heirloom, not the writer's own (review149 F2d).
_ANCESTOR = regex(r"(爷爷|外公|姥爷|祖父|太爷)(的)?\S{0,2}(奖章|勋章|军功章|纪念章)|\b(grand\w*|great\w*)s? (medals|dog tags)\b")
_MUSEUM = regex(r"纪念馆|博物馆|展览|\b(museum|exhibit\w*|regiment\w*|display)\b")
# A letter for a child to read when older.
_CHILD_LETTER = regex(r"(给|写给)(女儿|儿子|孩子)\S{0,6}(信)\S{0,16}(长大|以后|十八岁|成年)|(信)\S{0,10}(女儿|儿子|孩子)\S{0,10}(长大|以后看|成年)"
                      r"|\bletter (for|to|in) (my )?(son|daughter|kid|child)s?\b.{0,60}\b(older|grows up|future|18)\b")
_OCCASION = regex(r"时光胶囊|生日|纪念|传统|\b(time[- ]capsule|birthday|tradition|anniversary|graduation)\b")
# Belongings given away with the rest packed.
_GIVEN = regex(r"送人|送给|捐了|分给|\b(gave|given|donated|giving) (\w+ ){0,6}(away|to)\b|\bgave my\b|\bdonated my\b")
_PACKED = regex(r"打包(好|完)|装箱|收拾好|\b(packed|boxed up|boxes)\b")
_FOR_THEM = regex(r"不用(他们|家里|家人)\S{0,2}(收拾|整理)|\b(so they (wont|dont) have to|for my family)\b")
# A time away that explains handing things over (a trip, studies, a posting), unless told as a cover story.
_AWAY = regex(r"出国|回国|留学|出差|上学|读书|外地|搬家|退租|外派|旅(行|游)|驻|放假|毕业|回老家(住|工作|发展|过年|生活)"
              r"|\b(abroad|exchange|trip|travel\w*|moving|studies|posted|posting|deploy\w*|station|expedition|while im away"
              r"|(going|moving|heading) (back )?home|graduat\w*|semester|lease)\b")
_COVER = regex(r"其实|实际上|以为我|说是|骗|\b(really|actually|thinks? im|pretend\w*)\b")
_DEBT = regex(r"借呗|花呗|网贷|欠|债|贷|\b(loan|debt|jiebei|owe\w*)\b")


def _near(whole: str, spans: list[tuple[int, int]]) -> bool:
    """A near time close to the premise wording (review149 F2: "明天再联系" or "want to know soon" in another clause
    completed a premise far from it): within a few words either side."""
    reach = 60 if whole.isascii() else 32
    return any(start - reach <= near.end() and near.start() <= end + reach
               for near in _NEAR.finditer(whole) for start, end in spans)


def _premise(whole: str) -> bool:
    """The writer's death or absence as a practical question's premise, made present (see the module doc): the
    writer's own death with one thing that makes it present, gone or leaving or a weak premise (a donation, a death
    insured) with two."""
    own = [m.span() for m in _OWN.finditer(whole)]
    gone = [m.span() for m in _GONE.finditer(whole)]
    weak = [m.span() for m in _WEAK.finditer(whole)]
    if not (own or gone or weak):
        return False
    # (an everyday frame, not told as a cover story, explains a near time or affairs settled, never the debt given up,
    # secrecy from the family or being a burden: "just curious… I'll know the answer soon anyway" stays a crisis)
    grave = any(reader.search(whole) for reader in (_SECRET, _GIVEN_UP, _BURDEN))
    if _ORDINARY.search(whole) and not _COVER.search(whole) and not grave:
        return False
    if _LIGHT.search(whole) and not grave:  # a joke or a vent, with nothing grave beside it (review149 F2e)
        return False
    if not own and gone and not weak and _LEAVING_FRAME.search(whole) and not grave:
        return False  # a job, a city, a chat left (review149 F2a)
    spans = own + gone + weak
    present = _near(whole, spans) + sum(bool(reader.search(whole)) for reader in (_SECRET, _GIVEN_UP, _SETTLED, _BURDEN))
    present += bool(gone and not own and _KIN_PAYS.search(whole))  # (gone only: a death asked after stays as it was)
    return present >= (1 if own else 2)


# A joke or a vent said as one.
_LIGHT = regex(r"开玩笑|哈哈|发发?牢骚|说着玩|\b(joking|kidding|jk|lol|haha\w*)\b")
# Account details handed over for a stay in hospital, a pregnancy, late work: a helper repays in the writer's place.
_HELPER_REPAYS = regex(r"帮我还|替我还|按时还款|\b(repay it for me|keep paying|pay it for me|pay for me)\b")
_FINAL = regex(r"之后|以后|后面|步骤|第一步|提前|还有什么\S{0,4}(交代|手续)|\b(after|first|next steps?|from now on|when the time comes|in advance|anything else i should)\b")


def _tokens(whole: str) -> bool:
    """Farewell tokens: acts whose only reading is a leaving (see the module doc)."""
    if _AWAY.search(whole) and not _COVER.search(whole):
        return False
    # (account details left for the family to act on: affairs.everyday reads "借呗…告诉我" as the repayment handed to a
    # spouse, an everyday frame, so only a time away explains these; the rest take affairs' everyday frames too)
    if _DETAILS_LEFT.search(whole) and _THEIR_STEPS.search(whole):
        # (review149 F2c: a repayment handed to a spouse during a hospital stay, a pregnancy, late work is no
        # leaving: a grave cue, or a finality with no such frame)
        grave = any(reader.search(whole) for reader in (_SECRET, _GIVEN_UP, _BURDEN))
        if grave or _FINAL.search(whole) and not (_HELPER_REPAYS.search(whole) or _ORDINARY.search(whole) or _WORK.search(whole)):
            return True
    if everyday(whole):
        return False
    return bool(_DELETED.search(whole) and _THANKED.search(whole) and not _WORK.search(whole)
                or _KEEPSAKE.search(whole) and _KEEPSAKE_WHY.search(whole) and not (_MUSEUM.search(whole) or _ANCESTOR.search(whole))
                or _CHILD_LETTER.search(whole) and _DEBT.search(whole) and not _OCCASION.search(whole)
                or _GIVEN.search(whole) and _PACKED.search(whole)
                or _PACKED.search(whole) and _FOR_THEM.search(whole))


def death_premise(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses that tell the writer's own death as a present premise, or farewell tokens; empty when neither."""
    whole = fold_clause(message)
    if not (_premise(whole) and not _reported(whole) or _tokens(whole)):
        return set()
    marks = (_OWN, _GONE, _WEAK, _NEAR, _SECRET, _DETAILS_LEFT, _DELETED, _KEEPSAKE, _CHILD_LETTER, _GIVEN, _PACKED)
    marked = {i for i, clause in enumerate(clauses) if any(m.search(fold_clause(clause.text)) for m in marks)}
    return marked or {len(clauses) - 1}


# The writer's own death said in the first person (not a borrower's, not "a person's"): whose the crisis is.
_FIRST_PERSON = regex(r"(如果|要是|万一|假如|等|哪天)?我(本人)?(如果|要是)?(今天|明天|今晚|这周|本周|这个?月|月底|下周|下个?月|过几天|这几天|哪天|真的|从此|突然)?(就)?(去世|死了|身故|不在了|不在人世|走了|离开)"
                      r"|我(死|去世|走|离开)(了)?(以后|之后|后)"
                      r"|\b(if|when|once|after) i (die|am (dead|gone)|leave today|m gone|m not (here|around))\b|\bi (pass|passed) away\b|\bwhen im (gone|not (here|around))\b"
                      r"|\bafter (i die|my death|im gone)\b|\bdie with me\b")
# Someone else's words reported (review149 F1: "my dad texted me 'when I'm gone…'", 我妈说"要是我这周走了"): the first
# person after them is the relative's, not the writer's (not "I told my mum", 我跟我妈说).
_REPORTED = regex(r"(?<![跟对和给])(?<![跟对和给]我)(爸|妈|父亲|母亲|哥|姐|弟|妹|朋友|老公|老婆|儿子|女儿|他|她)\S{0,6}(说|讲|告诉我|发(了)?(消息|微信|短信)|留言)"
                  r"|\b(my (\w+ )?(dad|father|mom|mum|mother|brother|sister|friend|husband|wife|son|daughter|boyfriend|girlfriend)|he|she|they)"
                  r" (texted|said|told|wrote|says|messaged|keeps saying|kept saying|just said)\b")


def writers_death(message: str) -> bool:
    """Whether the message asks after the writer's OWN death, made present (the first person, not a borrower's): the
    wife or parents named there are who would pay, not someone at risk (safety.someone_at_risk: "我要是不在了，借呗会不会
    让我老婆还？这几天想把事情都交代清楚" was read as the wife's affairs and given the helper's reply)."""
    whole = fold_clause(message)
    if _FIRST_PERSON.search(whole) is None:
        return False
    if _reported(whole):
        return False  # a relative's words quoted or told: others' readings decide whose it is
    return _premise(whole)


def _reported(whole: str) -> bool:
    """Whether the first-person death follows a relative's words reported (review149 F1): theirs, not the writer's."""
    reported = _REPORTED.search(whole)
    first = _FIRST_PERSON.search(whole)
    return reported is not None and first is not None and reported.start() < first.start()


__all__ = ["death_premise", "writers_death"]
