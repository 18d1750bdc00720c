"""Affairs put in order, with no death word (Round 71, issue 12): risk carried by ACTS, not words.

The largest kind of crisis missed on outside sets: a pet, belongings or the last cash given away, accounts closed and
subscriptions cancelled, things sold so the family has less to clear up, a note that clears the spouse, a letter
asking the lender to spare the parents "after", a question about the estate with affairs settled beforehand. Each
act alone is everyday (people move, declutter, switch banks, write wills); the reading is structural:

    an act of disposal, closure or handing over   (ACT: 送人, 托付, 转给, 注销, 退订, 卖掉, 留了封信; gave away,
                                                    rehomed, cancelled, closed, wrote a note...)
  x a frame of finality or of the writer's absence (FINAL: 以后就拜托, 用不上了, 我走后, 身后, 别找我; "after I'm gone",
                                                    "won't need", "for good", "so they won't have to", "take care of
                                                    X for me", "when the time comes")
    or two acts or more with the debt given up as the reason (还不上, 不管了; "done with it", "can't anymore")
    or with the family cleared of the debt (与家人无关, "not her fault", "mine alone")
    or the writer's own death asked about as a case, with affairs to be settled before it.

The everyday frames leave it alone (ORDINARY): a move, a new job or school, a trip or a stay of a named length,
saving money, an old relative's or a surgery's planning with a future told, someone else's death. They hold only
where no strong frame of the writer's absence is said (STRONG: 我走后, 不在了, 身后, 别找我, "after I'm gone").

Only ADDS a crisis (cue "affairs"); ``ordinary_disposal`` is the one exception it offers, and it only DOUBTS a crisis
read from disposal acts alone (farewell or learned cues, every crisis clause an act or the frame, no word of death, no
debt given up, no cover story): bot/safety/__init__.doubtful's "ordinary", the loan answer with the check-in line, so
12356 stays (the classifier reading a crisis overrules it, as for every one-stage doubt).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause

# Acts of disposal, closure or handing over, in the writer's own hands.
_ACT = regex(
    r"送(给|人|了|去|回|到)|托付|转给|转(到|进)(了)?(我|他|她)?(妈|爸|妹|弟|姐|哥|老婆|老公|女儿|儿子|孩子)|转让|交给|留给|过户|注销|退订|不续|退租"
    r"|(会员|订阅|自动续费|套餐|云盘).{0,8}(全|都)?(退|取消|停)|(取消|停)(了)?.{0,4}(所有|全部)?.{0,4}(订阅|会员|自动续费)"
    r"|卖(掉|了|的卖)|变卖|挂(闲鱼|二手)|便宜出|(留|写|放)(了|好)?(一)?(封|张)?(信|纸条|遗书|声明|说明)|声明|(密码|账号).{0,10}(发给|交给|写(给|在|好)|整理好)"
    r"|备份给|受益人|(一一|挨个)道(了)?谢|交接(完|好)?|交代(完|清楚|好)|安排好|处理好|整理好|收拾好"
    r"|\b(gave|give|given|giving) (away|my|him|her|them|the)\b|\brehom\w*|found (a )?new home|\bhand(ed|ing)? (over|in|my|him|her|the)\b"
    r"|\b(dropped|took) (my|the) \w+ (off )?(to|at)\b"
    r"|\bsold (my|the|off|everything)|\bselling (my|off|everything)|\bcancell?(ed|ing) (my|the|every|all|everything)|\bclos(ed|ing) (my|all|every)"
    r"|\bdelet(ed|ing) (my|all|every)|\bunsubscrib\w*|\btransferr?(ed|ing) (my|the|all|everything)"
    r"|\b(wrote|written|write|left|leaving) (\w+ ){0,3}(a|my|the) (letter|note|will|statement|list)"
    r"|\bsigned (a )?(statement|note|letter)|\b(passwords?|pins?|keys?|bank cards?) (are )?(in|on|for|under)|\benvelopes?\b|\bsticky notes\b"
    r"|\bgets (the|my)\b|\bcan (have|keep) (my|the|whatever)|\bkeep (him|her|it|them|my \w+) (for good|permanently)|\bmoved (the|my) \w+ into (her|his|their) name"
    r"|\bclearing out\b|\bputting (things|everything|my affairs) in order|\bwrapped up\b|\bgave (the landlord|notice)")
# The writer's absence after the act, said outright: no everyday frame explains it away.
_STRONG = (r"我?走(了)?(以)?后|走之后|我走了|(我|本人)?(不在了|离开后|离开以后)|身后|不用找我|没有以后|最后一(条|句)(消息|话)|永远(地)?(托付|送|交给|留给)"
           r"|不能(再)?陪|以后(就)?(再)?(不能|没办法|没法)(再)?(陪|照顾|见|看着)"
           r"|\b(after|once|when) im (gone|not (here|around)|no longer (here|around))\b|\bafter me\b"
           r"|\b(keep|keeps|have|hers|his|yours|theirs)\b.{0,24}\b(for good|permanently)\b"
           r"|\bnot to look for me\b|\bone last (message|thing)\b|\bnothing (left )?(that )?needs me\b|\bwont (matter|be my problem)\b")
_STRONG_RE = regex(_STRONG)
# Finality, strong or weaker: what is handed over is for after, the family spared the clearing up.
_FINAL_SRC = (
    _STRONG + r"|以后的事|等我的事|后事|最后(想)?(问|说)|(再)?也用不上|用不上了|不需要.{0,8}了|以后.{0,4}(就)?(麻烦|拜托|交给)|以后.{0,3}(就)?是(你|她|他|你们|他们)的"
    r"|(别|不要)(再)?找我|\bwont (be )?need(ing)?\b|\b(hers|his|yours|theirs) now\b|好好照顾|帮我照顾|(替|帮)我(看着|照看|管)|照顾好(我|他|她)|万一找不到我|(让|给)(家里人?|家人|爸妈|父母)(少)?(收拾|操心|麻烦)"
    r"|不(用|给|想)(家里人?|家人|爸妈|父母|他们|她|他)?(再)?(留)?(麻烦|操心|收拾|管)|很快就不用|管不了多久|不(会|打算|准备)(再)?回来(了)?|\bnot coming back\b"
    r"|(不想|免得|省得|以免|不用|不给|不让).{0,8}(家里人?|家人|爸妈|父母|他们).{0,4}(处理|收拾|操心|善后|麻烦)"
    r"|\b(take care of|look after|check on|watch over) (\w+ ){0,3}for me\b|\bwhen the time comes\b"
    r"|\bless (for|to) (\w+ ){0,4}(clear|sort|deal|handle)|\bwont have to (deal|chase|sort|decide|worry|clear)|\bshouldnt have to (deal|sort|clear)"
    # (signs106) what the writer leaves behind, a pet or a child better off than with the writer, no concern of theirs
    r"|(我)?留下(来)?的(借呗|花呗|网贷|欠款|债|钱|烂摊子|东西)|比(跟着|跟|在)我(身边)?(过得)?(好|强)|(就|都)?(跟|和|与)我没(有)?(什么)?关系了|不(用|需要)我(再)?(操心|管)了"
    r"|\bloose ends\b|\bthanks? (you )?for everything\b(?! (you|u) (explained|said|told|answered|showed|wrote))|\bcalm now\b|\bone thing i couldnt\b|\bwhatevers left\b")
# (mend82, review99) Finality about the writer's own person: no one need keep a room, a meal or the repayments for the
# writer after ("以后不用给我留房间", 以后唔使再帮我还): never an everyday frame, and it overrules one (以后不借了, an old
# phone given away, explain nothing here).
_OWN_FINAL_SRC = r"以后(就)?(都)?不用(再)?(给我|等我|帮我|为我|替我)"
_OWN_FINAL = regex(_OWN_FINAL_SRC)
_FINAL = regex(_FINAL_SRC + "|" + _OWN_FINAL_SRC)
# Affairs to be settled BEFORE a case of the writer's death asked about.
_BEFORE = regex(r"(在这|这)之前|提前(把)?.{0,8}(安排|处理|交代|写好)|\b(before then|beforehand|in advance)\b")
# A letter, a note or a statement: with the family cleared of the debt, a farewell's shape.
# (signs106) the note named first, then done: "信已经写好了", "纸条写好压在…" (not a cover or job letter)
_NOTE_DONE = r"(?<!求职|推荐|感谢|介绍|申请|道歉|投诉|协商|邀请|情书)(信|遗书|纸条|信件)(已经|都|也|早就)?(写好|写完|放好|留好)"
_NOTE_DONE_RE = regex(_NOTE_DONE)
_NOTE = regex(_NOTE_DONE + r"|(留|写|放)(了|好)?(一)?(封|张)?(信|纸条|声明|说明)|声明|(在此|特此|郑重)说明|(看到|读到|发现)这(封信|张纸条|段话|些字)的人"
               r"|\bto whoever (reads|finds|sees) this\b|\bwhoever (reads|finds) this\b"
               r"|\b(wrote|written|left|leaving|signed) (\w+ ){0,3}(a|my|the) (letter|note|statement)")
# (signs106) Who pays the debt after the writer: a note written beside it is a farewell's shape ("信已经写好了…借呗会不会让
# 我爸妈来还", "the note is on my desk, who ends up paying").
_HEIRS = regex(r"谁(来)?还|(让|要|由|找|转到|落到)(我)?(爸妈|父母|家里|家人|我妈|我爸|妈|爸|老婆|老公|孩子)(头上|身上)?(来)?还?"
               r"|\bwho (ends up |will |would |has to |is going to )?pay|\b(go|fall|pass|passes|goes|falls) (on )?to my (parents|mum|mom|dad|family|wife|husband|kids)\b"
               r"|\bmy (parents|family|mum|mom|dad|wife|husband|kids) (have|has|will have|would have) to pay\b")
# (mend86, review104 F5) A note that explains (a delay, the situation) or is addressed outside the family is a letter,
# not a farewell: with it, the debt's heirs asked after are the everyday fear of collection on the family.
_EXPLAINS = regex(r"解释|说明(原因|情况|一下)|(给|写给|寄给)(房东|公司|老板|领导|单位|银行|平台|催收|客服|学校|老师)|(房东|公司|老板|银行|平台|催收)的"
                  r"|\bexplain\w*\b|\bwhy (i am|im|i was|its) late\b|\bto (the|my) (landlord|employer|boss|bank|lender|collectors?|company|school|manager)\b")
# The debt given up, as the reason beside the acts.
_GIVEN_UP = regex(r"不管了|不想(再)?管|烂在|就这样(吧|了)|没办法了|撑不下去|累了|没(有)?力气"
                  r"|\b(done with (it|this|everything)|tired of (fighting|this|it|everything)|dont have (it in me|the strength|the energy)|cant (do|fix) (it|this|the rest)"
                  r"|cant anymore|stopped answering)\b")
# The family cleared of the debt: the writer's own, nobody else's.
_CLEARED = regex(r"(与|跟|和)(我)?(家人|家里|父母|爸妈|她|他|他们|老婆|老公|妻子|丈夫).{0,4}(无关|没关系|没有关系)|(由|是)?(我|本人)(一个人|个人|自己)(承担|借的)"
                 r"|(别|不用|不要)(替我|帮我)还"
                 r"|\b(isnt|wasnt|is not|was not|not|never) (\w+ ){0,2}(her|his|their|my \w+s?) (fault|problem|responsib\w*)|\b(is|are) mine alone\b|\bnot responsible\b")
# The writer's own death asked about as a case: the borrower dying, someone not being there.
_DEATH_CASE = regex(r"(如果|要是|万一|假如|等到?|哪天)我(本人)?(哪天|以后|真的)?(去世|死了|死后|不在了)|(我|本人)(去世|死亡)(后|以后|之后)"
                    r"|\b(if|when|once) i (die|pass|am (dead|gone))|\bin the event of my death\b|\bafter my death\b")
# (mend82, review99 §4: 借款人/债务人/"a borrower" asked generically is the estate question, not the writer's own death,
# unless the writer says they will settle things before it themselves: _OWN_BEFORE.)
_DEATH_CASE_ANY = regex(r"(借款人|债务人|一个人|本人)(本人)?(已经)?(去世|死|不在了|走了)|\b(if|when) (someone|a person|a borrower|the borrower|the debtor)\b.{0,40}\b(dies|passes away)\b"
                        r"|\bin the event of (the |a )?(borrower\w* |debtor\w* )?death\b")
_OWN_BEFORE = regex(r"我(想|要|打算|准备|得|先)?(在这|这)之前|我(想|要|打算|准备|得|先)?提前|\bi (want|need|plan|have|will|should|would like|d like|intend|am going)\b.{0,40}\b(before then|beforehand|in advance)\b")
# The debt unpaid ("还不上", "还不起"): the premise of nearly every question here; a giving up only with no question asked.
_CANT_PAY = regex(r"还不上|还不起")
_ASKED = regex(r"[?？]|吗|能不能|可不可以|能否|怎么|如何|是否|\b(can|could|how|will|should|what|does|do|is) (i|they|jiebei|it|that|this)\b")
# Everyday frames that explain the acts: a move, a job or school, a trip, saving money or paying the debt with the
# proceeds, an old relative's or a surgery's planning, someone else's death, a repayment the writer will still make.
_ORDINARY = regex(
    r"搬(家|去|到|回|新)|新(房子|家|宿舍|公司|工作)|换(城市|银行|手机号|工作)|入职|离职|辞职|交接(完|好)了|找到(了)?(新)?工作|(去|到).{0,6}(打工|上班|工作|读书|上学)|出差|培训|移民|出国|留学|考研|毕业|支教"
    r"|旅(行|游)|离开学校|读研|读博|宿舍|高考|开学|照顾[0-9一两二三四五六七八九十]+(天|周|个?星期|个?月)|寄养|省钱|太贵|记账|奖金|还上了|礼物|纪念日"
    r"|(七|八|九)十(多)?(岁|了)|风险不大|医生说|去世的|(舅舅|姑姑|叔叔|奶奶|爷爷|外婆|外公|阿姨)(去年|前年)?(走了|去世|过世)|生前"
    r"|(爷爷|奶奶|外公|外婆|姥姥|姥爷)(说|想|要|让|打算|准备)|(她|他|他们)的后事"
    r"|我(会|能)(自己)?(慢慢)?还|卖(?:(?!不是|不为).){0,12}(还|凑)(了)?(一)?(部分|一点|点|钱)|凑(了|到|够|齐).{0,6}(钱|块)"
    # (the lending itself given up: a loan account closed once repaid, an app deleted, a game quit)
    r"|(以后|再也)不(再)?(借|用)(了|网贷|借呗|花呗|贷款|信用卡|钱|这些|这种|这个)|还(完|清)(这笔|了)?.{0,6}(就|再)?(把)?(账户|账号)?注销|(戒|退)(了)?游戏|不玩(游戏)?了"
    # (what is handed over is old or outgrown, or money handed to the lender or to be managed)
    r"|卖(掉|了).{0,40}(还最低|最低还款|分期|协商|减免|延期|停息|挂账|还一点|先还|还款方案)|省下来|体检|住院|退休|(买|换)了(个|台|部)?新|(还款|还钱|借呗|花呗|网贷|账单|支付宝|密码|账号)(的事)?.{0,6}(就)?(交给|麻烦|拜托|告诉)|(麻烦|拜托|让|交给)\S{1,4}帮我还(?!不)|旧(的)?(书|衣服|手机|电脑|家具|东西|玩具)|穿不下|用旧|闲置|(转|给|还)(给)?(了)?(催收|借呗|平台|银行|网贷)|(给|交给)\S{1,3}管|管钱|理财"
    r"|\b(mov(e|ed|ing)(?! on)|relocat\w*|emigrat\w*|new (job|flat|house|city|home|bank|place)|switch(ed|ing)? (to )?(a )?bank|graduat\w*|exams?|abroad"
    r"|studying|to study|travel\w*|trip|training|salaried|start(s|ed)? (on|the new)|while im (away|working|abroad)|working in|save money|saving money|to save"
    r"|cheaper|lower fees|bonus|anniversary|holiday|[6-9][0-9](-year-old| years old)|is [6-9][0-9](?! days)|surgery|surgeon|low risk"
    r"|passed away|died last|(uncle|aunt|gran)\w* (died|passed)|grand\w* (wants|asked|is planning)|(her|his|their) (funeral|affairs)|will pay it|pay it myself|(delet\w*|uninstall\w*|remov\w*) (\w+ ){0,3}(loan )?apps?"
    r"|online lending|(quit|quitting|stop|stopped|done with) (the |my )?(game|gaming)|old (clothes|books|phone|laptop|stuff|furniture|toys)|outgrown|(sold|selling)\b.{0,40}\bto (pay|repay|cover)|pay (it )?(down|off) faster|(sold|selling)\b.{0,80}\b(negotiat\w*|payment plan|instal+ments?|pay (it )?down)|hospital|check-?up|retir\w*)\b")
# A cover story: the everyday frame told to others as a lie ("跟她说是搬家", "she thinks I'm moving. I'm not"): it explains
# nothing (the team's sets hold many: review of Round 71's first draft, which set such crises aside).
_COVER = regex(r"其实|实际上|说是|以为我|(他|她|他们|家人|大家)(都)?以为|骗(了)?(他|她|他们|家人|我妈|我爸|老人)|假装|借口|跟(老人|她|他|他们|家里|我妈|我爸).{0,2}说我要"
               r"|\b(thinks?|think) (im|i am|i was|i will)\b|\bsaid i was\b|\btold (\w+ ){0,3}(im|i was|i am|i would be) (moving|going|travel\w*|leaving|away)"
               r"|\breally\b|\bactually\b|\bpretend\w*|\bim not (really )?(moving|going)\b|\bcover story\b")


# A note, a letter or a statement sent to the collector, the lender, a lawyer or a notary, or asked about as a remedy
# ("这样有用吗", "is that enough", "can they still call her"): a borrower fighting contact with the family, no farewell.
_REMEDY = regex(r"(给|向|跟|发给|寄给|交给)(了)?(催收|平台|借呗|支付宝|律师|公证|法院|客服|公司)|律师|公证|有用吗|管用吗|有没有用|(也|都)没用|还能(打|找|联系)"
                r"|这样(可以|行)吗|\b(to|at|with) (the |a |my )?(collect\w*|company|lender|lawyer|notary|court)|\bis (that|this|it) enough\b"
                r"|\bcan (they|collectors?|the collectors?|jiebei) (still|legally)\b|\bnotar\w*")
# Acts a collector demands ("催收让我写一份声明…", "the collector made me sign"): the collector's, not the writer's
# (review99 §4, an abuse row led by a crisis); blanked to the end of their sentence.
_DEMANDED = regex(r"(催收|催债的|要债的|讨债的|对方|他们)(的人)?(让|逼|要求|叫|威胁)我[^。！？!?\n]*"
                  r"|\b(collectors?|they) (made|forced|told|want(ed|s)?) me\b[^.!?\n]*")
# A membership, a subscription or a plan stopped: the everyday saving it usually is; beside a question asked, no act of
# its own (a second act beside it is needed).
_SUBSCRIPTION = regex(r"会员|订阅|自动续费|套餐|云盘|\b(membership|subscription|netflix|spotify|gym|plan)s?\b")


def _acts(whole: str) -> list[str]:
    """The acts of disposal told (their words), a stopped membership or subscription not counted alone."""
    # (what follows, in its own clause: the object of an English act, "cancelled my gym membership")
    found = [(m.group(), m.group() + " ".join(whole[m.end():m.end() + 30].split(" ")[:4 if m.group().isascii() else 1]))
             for m in _ACT.finditer(whole)]
    if all(_SUBSCRIPTION.search(around) for _, around in found) and _ASKED.search(whole):
        return []  # (with no question asked, "订阅都取消了…过几天就不需要了", the stop stays an act: held-out 33)
    return [word for word, _ in found]


def _ordinary(whole: str) -> bool:
    """Whether an everyday frame explains the acts, and is not a cover story told to others."""
    return _ORDINARY.search(whole) is not None and _COVER.search(whole) is None


# Words of death or self-harm (not a will: 遗嘱 is the everyday planning this module reads): any of them keeps a crisis.
_DEATH_WORD = regex(r"死|自杀|轻生|不想活|活不|活着|结束(自己|生命|一切)|跳(楼|河|江|海|桥|下)|安眠药|农药|遗书|遗言|永别|告别|解脱|想不开|了结|下辈子|来生|来世|再见了|最后一面|撑不|熬不|绝望"
                    r"|\b(die|died|dying|dead|death|suicid\w*|kill (myself|me)|end (it|my life|everything)|pills|overdos\w*|jump\w*|goodbye|farewell"
                    r"|not be here|not around|next life|hopeless|cant go on)\b")


def affairs_signs(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses that tell affairs put in order as a farewell (see the module doc): acts with finality, acts
    with the debt given up or the family cleared, or the writer's death asked as a case with affairs settled first."""
    whole = _DEMANDED.sub(" ", fold_clause(message))
    acts = _acts(whole)
    final, strong = _FINAL.search(whole), _STRONG_RE.search(whole) or _OWN_FINAL.search(whole)
    if _ordinary(whole) and not strong:
        return set()
    many = len(acts) >= 2  # two acts of disposal told (two accounts closed count as two)
    given_up = _GIVEN_UP.search(whole) or (_CANT_PAY.search(whole) if not _ASKED.search(whole) else None)
    cleared = _CLEARED.search(whole)
    # (a cover story told about an act is a frame of its own: what the act is for is hidden from the family)
    covered = _COVER.search(whole) and _ORDINARY.search(whole)
    remedy = _REMEDY.search(whole)
    note = _NOTE.search(whole) and not remedy  # a statement sent to the collector or asked about: no note
    cleared = cleared if note or not remedy else None
    heirs = _HEIRS.search(whole) if not _EXPLAINS.search(whole) else None
    if not (acts and (final or (many or cleared or covered) and given_up or (cleared or heirs) and note)
            # (signs106) a note named and then written, with the debt's heirs asked after (not an act for
            # ordinary_disposal: a note done is no everyday disposal to doubt)
            or heirs and note and _NOTE_DONE_RE.search(whole)
            # with no act: the writer's death asked as a case with affairs settled first, or the family cleared "after"
            or _DEATH_CASE.search(whole) and (_BEFORE.search(whole) or many) or _DEATH_CASE_ANY.search(whole) and _OWN_BEFORE.search(whole)
            or cleared and strong):
        return set()
    # The clauses of the frame (finality, the debt given up, the family cleared) carry it; the acts only where no frame is
    # found in a clause. (Marking every act widened the crisis onto a cover story told beside it, "跟老人说我要去深圳出差",
    # which doubt.py then read as someone's saying.)
    for found in ([m.group() for m in (final, given_up, cleared) if m], acts):
        marked = {i for i, clause in enumerate(clauses) if any(word and word in clause.text for word in found)}
        if marked:
            return marked
    return {len(clauses) - 1}


def ordinary_disposal(message: str, clauses: list[Clause], crisis_at: set[int]) -> bool:
    """Whether the crisis read in ``crisis_at`` comes from acts of disposal an everyday frame explains (a move, a new
    job, a trip, saving money, an old relative's or a surgery's planning, not a cover story), with no frame of the
    writer's absence, no debt given up and no word of death anywhere, and every crisis clause an act or the frame:
    such a reading is doubted (bot/safety/__init__.doubtful: the loan answer with the check-in line)."""
    whole = fold_clause(message)
    if not (_ACT.search(whole) and _ordinary(whole)) or _STRONG_RE.search(whole) or _OWN_FINAL.search(whole) \
            or _DEATH_WORD.search(whole) \
            or _GIVEN_UP.search(whole) or _CANT_PAY.search(whole):
        return False
    return all(_ACT.search(clauses[i].text) or _ORDINARY.search(clauses[i].text) for i in crisis_at if i < len(clauses))


def act_clauses(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses that tell an act of disposal (others.helper_asking reads who does them: an affairs reading is the
    writer's own unless a third person does the acts, mend82)."""
    return {i for i, clause in enumerate(clauses) if _ACT.search(fold_clause(clause.text))}


def is_act(folded: str) -> bool:
    """Whether a folded text tells an act of disposal, closure or handing over (kin_affairs.py reads whose it is)."""
    return _ACT.search(folded) is not None


def everyday(folded: str) -> bool:
    """Whether an everyday frame explains acts in a folded text, not told as a cover story (kin_affairs.py)."""
    return _ordinary(folded)


def is_final(folded: str) -> bool:
    """Whether a folded text holds a frame of finality or absence (kin_affairs.py reads it of someone else's acts)."""
    return _FINAL.search(folded) is not None


__all__ = ["act_clauses", "affairs_signs", "everyday", "is_act", "is_final", "ordinary_disposal"]
