"""Lines an answer opens with when the message tells what a collector claimed or did, or owes
several lenders (truth3's audit, items 1, 2, 4, 10, 11; issue 13). None of these is in the article:
each line says so, and each says only where to check, never whether the claim is true.

- A payment asked into a personal account, a reduction "today only", or a caller's claim of a rate,
  a sum or a reduction doubted ("is this legit?"): pay only through the lender's official channel and
  check the caller and the claim on the lender's official number (``scam_told``).
- Whether a rate, a penalty or a collector's claim about them is lawful, or where to complain about
  it ("利息太高能投诉吗", "说利息翻倍了合法吗"): the article gives no rate and does not say what is
  lawful; 12378 takes complaints about lenders (``rate_legal_asked``).
- Collectors who already contacted the family, and whether that is lawful ("催收打电话给我爸妈，这样
  合法吗"): told, not asked, so the answer does not open on whether they will (``family_contacted``).
- Several lenders: 95188 is Alipay's line, for 借呗 and 花呗 only; each other lender's own official
  service for its loan, said first when the message asks whom to call (``lenders_line``).

The router also reads ``scam_told`` and ``rate_legal_asked`` (bot.routing_claims). Matched on
text.simplified() text (simplified characters, lower case).
"""

from __future__ import annotations

from typing import Any

from .concerns import find_concerns
from .patterns import regex
from .records import dataclass
from .relatives import MINE_TO_PAY, OWN_LOAN, RELATIVE_SUED
from .products import ALIPAY_PRODUCTS, PRODUCT_NAMES, also_named, products_named, products_owed
from .text import normalize, simplified

_OUTSIDE = {"zh": "（非文章内容）", "en": " (not from the article)"}

# --- A payment outside the official channel, or a caller's claim doubted (item 1) ---
_PAY = r"(?:转|打|汇|付|还|存|交|充)(?!没|不|未)(?:账|款|钱|过去)?"  # (not "钱还没到对方卡上": nothing asked of it)
_PERSONAL = (r"(?:个人|私人|他|她|对方|催收|他们|那个人)(?:给|发|提供|指定|留)?(?:的)?\s*(?:银行)?(?:卡|账户|账号|帐户|帐号|微信|支付宝)"
             r"|指定(?:的)?\s*(?:银行卡|账户|账号)|对公(?:账户|账号|帐户)")  # ("转到他给的银行卡": truth4 #2)
# (the payee is not the borrower's own: "借呗的钱会打到我个人账户吗", "pay from her personal account" ask nothing)
_PERSONAL_PAY = regex(
    rf"{_PAY}\S{{0,6}}?(?:到|给|进|入)(?!我)\S{{0,3}}?{_PERSONAL}"
    r"|\b(?:transfer|pay|send|wire|deposit|move|put)\w*\b.{0,40}?\b(?:to|into|in)\s+(?:his|her|their|a personal|a private|"
    r"someone s|the collector s|the caller s|personal|private)\s+(?:own\s+)?(?:personal\s+|private\s+)?(?:bank\s+)?(?:account|card|wechat|alipay)\b")
_TODAY_ONLY = regex(
    r"(?:只要|只有|仅限|限|只限)今天|今天(?:之内|内|必须|马上|立刻|就)\S{0,10}(?:减免|一半|打折|免|少还)"
    r"|(?:减免|一半|打折|少还)\S{0,12}今天(?:之内|内)?(?:必须|就)?(?:转|还|付|打款)|限时减免"
    r"|\btoday only\b|\bonly (?:for )?today\b|\b(?:must|have to|need to|got to|gotta) pay (?:it )?(?:all )?(?:by |before )?(?:today|tonight)\b")
# (a caller, not hearsay: "有人说借呗利息高，是真的吗" and "they say …" tell no call)
_CALLER = (r"(?:催收(?:员|的人|人员)?|对方|来电|打电话的人|那个人|有人(?:打电话|来电|打来)|自称\S{0,8}的人)\S{0,6}?(?:说|讲|告诉我|称)"
           r"|自称\S{0,10}?(?:说|讲|告诉我)"  # ("有人自称借呗客服，说交300块保证金…": truth4 #2)
           # ("他们说我欠三万": a sum claimed of the borrower is a claim, whoever "they" are; "他们说借呗利息高" stays hearsay)
           r"|(?:他们|他|她)(?:又|还|却|都)?(?=说我\S{0,4}?欠)说"
           r"|\b(?:collectors?|callers?|a collector|the collector|someone (?:who )?(?:called|rang|phoned)|a guy|a man|a woman|an agent"
           r"|the (?:agent|caller|guy|man|woman|person on the phone))\b.{0,12}?"
           r"\b(?:say|says|said|saying|claim|claims|claimed|claiming|told me|telling me)\b")
# A payment asked for, or a reduction offered, needs someone who asks it: a caller or a collector,
# or "让我/要我" ("I have to pay today or I'll be 1 day late" is the borrower's own due date).
_ASKER = regex(rf"{_CALLER}|(?:催收|对方|客服|他们|他|她|那个人|自称\S{{0,10}})\S{{0,6}}?(?:让|叫|要求|逼|催)我|让我|要我|叫我|逼我|要求我"
               r"|(?:他|她|他们|客服)\S{0,3}?(?:说|讲|称|告诉我)"
               r"|\b(?:they|he|she|someone|somebody|the (?:caller|collector|agent|person)|collectors?)\b.{0,12}?"
               r"\b(?:asked|asks|asking|wants?|wanted|told|tells|telling|demand\w*|insist\w*|pressur\w*) (?:me|us)\b")
# A sum or a charge a caller names; with a reduction offered, what a caller may claim.
# (a fee asked up front, "先交500手续费就能延期", "交300块保证金就能停息挂账": truth4 #2)
_CHARGE = (r"利息|利率|罚息|违约金|滞纳金|翻倍|百分之|%|欠\S{0,4}?(?:\d|[一二两三四五六七八九十几][十百千万块元])"
           r"|手续费|保证金|服务费|押金|解冻费|工本费|认证费|验证费|刷流水|费用|收费"
           r"|\d\s*(?:元|块)|[一二两三四五六七八九十几][十百千万]+(?:元|块)"
           r"|\binterest\b|\brates?\b|\bapr\b|\bowe\b.{0,12}\d|\bpenalt\w*|\bfees?\b")
_CLAIM = _CHARGE + r"|减免|一半|打折|折扣|\bdiscount|\bhalf\b|\breduc\w*"
_CLAIMED = regex(rf"(?:{_CALLER}).{{0,40}}?(?:{_CLAIM})")
_DOUBTED = regex(r"真的吗|真的假的|是不是真的|是真的|可信|靠谱|骗子|骗人|是不是骗|诈骗|合法|正规吗|能信|该信"
                 r"|\blegit\w*\b|\bscam\w*\b|\breal\b|\btrue\b|\blegal\b|\btrust\b|\bfake\b|\bgenuine\b"
                 r"|安全吗|可以吗|说的对吗|\bsafe\b"  # ("说这样就不上征信，可以吗", "说的对吗": truth4 #2, #3)
                 # the claim set against the borrower's own sum ("催收说我欠了三万，我只借了两万", "but I only borrowed 20k")
                 r"|(?:我|但|可|其实)(?:只|才|就)(?:借了?|欠)|没借(?:过)?那么多|哪(?:有|来)那么多|\bi (?:only|just) borrowed\b|\bnever borrowed that much\b")

# A sum or a charge claimed (not a reduction offered): what the borrower owes is what is doubted.
_CLAIMED_SUM = regex(rf"(?:{_CALLER}).{{0,40}}?(?:{_CHARGE})")


def sum_claim_doubted(question: str) -> bool:
    """Whether a message doubts a caller's claim of what the borrower owes, a sum or a charge ("催收说我
    欠了三万，我只借了两万，是真的吗", "someone called saying … I owe 5000 in penalty fees. Is that real?")."""
    text = simplified(question)
    return bool(_CLAIMED_SUM.search(text) and _DOUBTED.search(text))


# Repaying through an app a caller or collector names ("催收叫我下载一个新的app，把钱还到里面", "让我下载一个APP还款"):
# not the lender's official channel (truth4 #2).
_OTHER_APP = regex(r"(?:下载|装|安装|注册)\S{0,8}?(?:app|软件|应用|平台|链接)|\b(?:download|install)\w*\b.{0,24}?\bapps?\b")


def scam_told(question: str) -> bool:
    """Whether a message tells of a payment asked outside the official channel (into someone's
    personal account, "只要今天转账" for a reduction) by a caller or a collector, or doubts a caller's
    claim of a rate, a sum or a reduction."""
    text = simplified(question)
    return bool(((_PERSONAL_PAY.search(text) or _TODAY_ONLY.search(text) or _OTHER_APP.search(text)) and _ASKER.search(text))
                or (_CLAIMED.search(text) and _DOUBTED.search(text)))


# --- Whether a rate or charge is lawful, or where to complain about it (item 3) ---
RATE = regex(r"利息|利率|罚息|违约金|滞纳金|年化|高利贷|\binterest\b|\brates?\b|\bapr\b|\bpenalt\w*|\blate fees?\b|\busury\b|\bloan shark")
_LEGAL = regex(r"合法|违法|犯法|合规|违规|投诉|举报|法律(?:允许|规定)|(?:超过|超出)\S{0,4}(?:法定)?(?:上限|红线)|高利贷"
               r"|\b(?:il)?legal\b|\b(?:un)?lawful\b|\blegit\w*\b|\ballowed\b|\bcomplain\w*|\breport (?:it|them|this)\b|\busury\b|\bloan shark")


# A complaint whose object is the collector ("我想投诉催收态度", "complain about the collectors"):
# not about the rate named beside it (the complaint about the collector leads: bot.routing_vet).
COLLECTOR_COMPLAINT = regex(r"(?:投诉|举报)(?:一下)?(?:这个|那个|这些|那些|这家)?(?:催收|催债|催款|他们|对方)\S{0,6}"
                             r"|\b(?:complain\w*|report\w*|complaint)\b (?:about |against )?(?:the |these |those |this |that |their |his |her )?"
                             r"(?:collectors?|collection agen\w+|callers?|agents?|attitude|behaviou?r|manner)\b")


def rate_legal_asked(question: str) -> bool:
    """Whether a message asks whether a rate or late charge (or a collector's claim about one) is
    lawful, or where to complain about it ("借呗罚息太高了，能投诉吗", "is that even legal?"); a
    complaint about the collector beside a rate ("利息太高了，我想投诉催收态度") is not one."""
    text = COLLECTOR_COMPLAINT.sub(" ", simplified(question))
    return bool(RATE.search(text) and _LEGAL.search(text))


# --- Family or workplace already contacted, and whether that is lawful (item 4) ---
_WHO = (r"爸妈|父母|我爸|我妈|爸爸|妈妈|家人|家里人|家里|老婆|老公|妻子|丈夫|亲戚|朋友|同事|领导|老板|单位|公司|紧急联系人|通讯录(?:里的人)?")
_CONTACTED_ZH = regex(rf"(?:打(?:了)?(?:电话)?(?:给|到)|联系(?:了)?|找(?:了|到|上)|发(?:了)?短信给|打电话给|打给|打到)(?:了)?\s*(?:我的?)?(?P<who>{_WHO})")
_ASKED_BEFORE = regex(r"(?:会|会不会|要|要不要|可能|是否|能不能|能|怎么|如果|万一|是不是|还会|敢)\S{0,3}$")
_ASKED_AFTER = regex(r"\s*(?:了)?\s*(?:吗|么|嘛|没有|没)")
_CONTACTED_EN = regex(r"\b(?:they|collectors?|the collectors?|jiebei|alipay|someone|the lender|an agency)\b\s+(?:have |has |already |even |just |now )*"
                      r"(?:called|phoned|rang|contacted|texted|messaged|went to|visited)\s+(?:my|our)\s+"
                      r"(?P<who>parents|mom|mum|dad|mother|father|family|wife|husband|friends?|boss|colleagues|coworkers|co-workers|employer|relatives|sister|brother|workplace)\b")
_LAWFUL_ASKED = regex(r"合法|违法|犯法|违规|可以这样|能这样|允许|有权|投诉|举报|这样对吗|\b(?:il)?legal\b|\ballowed\b|\bcan they (?:do|even)\b|\bright to\b|\bcomplain\w*|\breport\b")


def family_contacted(question: str) -> str | None:
    """Whom a message says collectors have already contacted (as written: "爸妈", "parents"),
    when it also asks whether that is lawful or where to complain; else None. A contact asked
    about ("会打电话给我爸妈吗") is no contact told."""
    text = simplified(question)
    if not _LAWFUL_ASKED.search(text):
        return None
    for found in _CONTACTED_ZH.finditer(text):
        if not _ASKED_BEFORE.search(text[max(0, found.start() - 6):found.start()]) and not _ASKED_AFTER.match(text, found.end()):
            return found.group("who")
    found_en = _CONTACTED_EN.search(text)
    return found_en.group("who") if found_en else None


# --- The family sued for the borrower's loan (item 11) ---
_FAMILY = r"(?:爸妈|父母|我爸|我妈|爸爸|妈妈|家人|家里人|老婆|老公|妻子|丈夫|孩子|子女|亲戚)"
_FAMILY_SUED = regex(rf"(?:起诉|告)(?:我的?)?{_FAMILY}"
                     # the family as the one sued ("我爸妈会不会被起诉", "我老婆会被起诉吗": truth4 #5)
                     rf"|{_FAMILY}(?:也)?(?:会|会不会|要|能)?(?:不会)?(?:被|遭)(?:起诉|告)"
                     r"|\bsue (?:my|our) (?:parents|mom|mum|dad|mother|father|family|wife|husband|kids|children|relatives|son|daughter)\b"
                     r"|\b(?:my|our) (?:parents|mom|mum|dad|mother|father|family|wife|husband|kids|children|relatives|son|daughter)\b"
                     r"(?: also| too)? (?:be |get |gets |being )?sued\b")


def family_sued_line(question: str, lang: str) -> str:
    """The line that says the article is silent on suing the borrower's family ("会起诉我爸妈吗",
    "Will they sue my parents?"): it speaks of the borrower's own liability only. "" when not asked."""
    if not question or not _FAMILY_SUED.search(simplified(question)):
        return ""
    if RELATIVE_SUED.search(simplified(question)) and MINE_TO_PAY.search(normalize(question)) \
            and not OWN_LOAN.search(normalize(question)):
        # a relative already sued for a loan of theirs: whether the writer must pay is asked, and
        # answered by the family_liability line, not "whether they would sue your family" (review46 #4)
        return ""
    if lang == "zh":
        return f"会不会起诉你的家人，文章没有谈到；它只说借款人本人要承担法律责任。确切答案请问律师或法律援助机构{_OUTSIDE[lang]}。"
    return (f"Whether they would sue your family, the article does not say; it speaks only of the borrower's own "
            f"liability. A lawyer or legal aid can tell you for sure{_OUTSIDE[lang]}.")


# --- Whom to call, with several lenders (items 2 and 10) ---
WHOM_ASKED = regex(r"(?:打|拨|找|联系)\S{0,2}(?:哪个|什么|哪家|哪里|谁)|电话是多少|号码是多少|打给谁|找谁|联系谁|95188"
                    r"|\bwho (?:do|should|can|shall) i (?:call|contact|phone|ring|talk to|speak to)\b|\bwhat (?:phone )?number\b"
                    r"|\bwhich (?:phone )?number\b|\bwho to (?:call|contact)\b|\bhotline\b|\b95188\b")


def owed_listed(question: str) -> list[str]:
    """The products a message says are owed (bot.products.products_owed), and any name listed between
    two of them ("I owe Jiebei, Weilidai and two credit cards": Weilidai too), in the message's order."""
    folded = normalize(question)
    named = products_named(folded)
    owed = products_owed(question) if named else []
    places = [named.index(p) for p in owed if p in named]
    if places:
        owed += [p for p in named[min(places):max(places)] if p not in owed]
    order = {p: i for i, p in enumerate(named)}
    return sorted(owed, key=lambda p: order.get(p, len(order)))


def also_owed(question: str, product: str | None, lang: str) -> str | None:
    """bot.products.also_named, with the names it left out of a list of owed ones (truth3 #10:
    "You also mentioned a credit card" had dropped Weilidai)."""
    line = also_named(question, product, lang)
    if line is None:
        return None
    extra = [PRODUCT_NAMES[p][lang] for p in owed_listed(question)
             if p not in (product, "jiebei") and p in PRODUCT_NAMES and PRODUCT_NAMES[p][lang] not in line]
    return ("、" if lang == "zh" else " and ").join([line, *extra])


_TOGETHER = regex(r"都|也|一起|同时|\b(?:both|also|all|too)\b")


def other_lenders(question: str) -> list[str]:
    """The lenders other than Alipay's that a message says are owed, when it says more than one
    lender is owed: their own service answers for them, not 95188."""
    owed = owed_listed(question)
    lenders = [p for p in owed if p in PRODUCT_NAMES and p not in ALIPAY_PRODUCTS]
    # (or one owed and the rest said with it: "Jiebei and Weilidai are both overdue"; not "信用卡逾期影响借呗吗")
    folded = normalize(question)
    several = len(owed) > 1 or (len(products_named(folded)) > 1 and _TOGETHER.search(folded) is not None)
    return lenders if lenders and several else []  # (one lender asked of 95188 alone: bot.number_call says it)


def lenders_line(question: str, lang: str) -> tuple[str, bool]:
    """The line that says 95188 is only for 借呗/花呗 and each other lender's own service for its
    loan, and whether it leads (the message asks whom to call); ("", False) when no other lender."""
    lenders = other_lenders(question)
    asked = bool(WHOM_ASKED.search(simplified(question)))
    if not lenders:
        # only Alipay's own (借呗 and 花呗), several named and whom to call asked: the number leads
        named = products_named(normalize(question))
        if asked and len(named) > 1 and set(named) <= ALIPAY_PRODUCTS:
            return (f"借呗、花呗的事都可以问支付宝官方客服 95188{_OUTSIDE[lang]}。" if lang == "zh" else
                    f"For Jiebei and Huabei alike, call Alipay's official hotline 95188{_OUTSIDE[lang]}."), True
        return "", False
    joiner = "、" if lang == "zh" else " and "
    names = joiner.join(PRODUCT_NAMES[p][lang] for p in lenders)
    one = len(lenders) == 1
    if lang == "zh":
        whose = "它自己的官方客服，电话以它的" if one else "各自的官方客服，电话以它们的"
        line = f"95188 只处理借呗、花呗；{names}请找{whose} App 或你的合同上写的为准{_OUTSIDE[lang]}。"
    else:
        whose = "its own official customer service" if one else "each lender's own official customer service"
        line = f"95188 handles only Jiebei and Huabei; for {names}, call {whose}, on the number in its app or on your contract{_OUTSIDE[lang]}."
    return line, asked


def claim_lines(question: str, lang: str, contact: str) -> tuple[str, ...]:
    """The lines that open an answer to a message that tells a collector's claim or deed (see the
    module's docstring), in the order they matter; ``contact`` is the lender's official service."""
    if not question:
        return ()
    lines = []
    if scam_told(question):
        lines.append(f"只通过平台的官方渠道还款（App 里的还款入口），不要转账到任何个人账户；对方说的减免、金额或利率，"
                     f"自己打{contact}核实，别用对方给的号码{_OUTSIDE[lang]}。" if lang == "zh" else
                     f"Pay only through the lender's official channel (the repayment option in its app), never into a personal "
                     f"account; check any reduction, sum or rate a caller claims by calling {contact} yourself, not a number "
                     f"the caller gives{_OUTSIDE[lang]}.")
    if (who := family_contacted(question)) is not None:
        lines.append(f"你说催收已经联系了你的{who}。这样做是否合法，文章没有谈到，确切答案请问律师或法律援助机构；"
                     f"被骚扰的话保留通话录音和截图，可以向 12378 投诉{_OUTSIDE[lang]}。" if lang == "zh" else
                     f"You say they have already contacted your {who}. Whether that is lawful, the article does not say; "
                     f"a lawyer or legal aid can tell you. If it is harassment, keep recordings and screenshots and "
                     f"complain to 12378{_OUTSIDE[lang]}.")
    elif rate_legal_asked(question):
        # (what the article says of charges: only that a borrower who is sued bears liability,
        # principal, interest and 违约金 among it; it names no late charge and gives no rate)
        lines.append(f"利率、罚息或催收说的费用是否合法，文章没有谈到，它也没有给出任何利率；说到费用，它只提到被起诉时借款人"
                     f"要承担的法律责任，其中包括本金、利息和违约金。"
                     f"对利率或催收的说法有异议，可以打 12378（国家金融监督管理总局的投诉热线）投诉{_OUTSIDE[lang]}。" if lang == "zh" else
                     f"Whether a rate, a late charge or a collector's claim about them is lawful, the article does not say, "
                     f"and it gives no rate; of charges it says only that a borrower who is sued bears legal liability, "
                     f"including principal, interest and liquidated damages. "
                     f"To complain about a rate or what a collector claims, call 12378, the financial regulator's "
                     f"complaints line{_OUTSIDE[lang]}.")
    return tuple(lines)


def blacklist_doubted(question: str) -> bool:
    """Whether a message names a blacklist or being called a 老赖 (the fear bot.concerns reads):
    beside a collector's threat it doubts ("催收员说我是老赖要被上黑名单，是真的吗"), what the article
    says of records and blacklists is answered too, not the abuse reply alone."""
    return any(concern == "blacklist" for concern, _ in find_concerns(simplified(question)))


# --- What compose_text receives: in the answer's context, never in what templates see ---
_KEYS = ("claims", "lenders", "sued", "rate_legal", "scam")


def claims_context(question: str, lang: str, contact: str) -> dict[str, Any]:
    """The context entries bot.answer.compose_text takes out again with ``take_claims`` (kept out of
    template contexts, so that their pre-rendered outputs still match)."""
    return {"claims": claim_lines(question, lang, contact), "lenders": lenders_line(question, lang) if question else ("", False),
            "sued": family_sued_line(question, lang), "rate_legal": bool(question) and rate_legal_asked(question),
            "scam": bool(question) and scam_told(question)}


@dataclass(frozen=True)
class Told:
    """The lines for one answer: ``lines`` lead it, ``lenders`` goes under the section that gives
    95188 (or leads, ``lenders_lead``), ``sued`` opens the lawsuit section."""

    lines: tuple[str, ...]
    lenders: str
    lenders_lead: bool
    sued: str
    under_abuse: str = ""  # the official-channel line, under the abuse reply's first line (it leads no safety reply)


def take_claims(context: dict[str, Any], *, loan: bool, safety: bool) -> tuple[Told, dict[str, Any]]:
    """The lines of ``claims_context`` for an answer, and the context without them. No lead line over
    the abuse or crisis reply (each says where to turn first) or a decline; none for a parent's own
    loan's lawsuit (the parent is the borrower). A decline of a rate's legality (billing, nobody late:
    "借呗年化利率是多少？合法吗") keeps its line on where to complain (``legal_ask`` "complaint": the lender,
    then 12378), as a complaint about a rate always had."""
    lenders, lead = context.get("lenders", ("", False))
    claims = tuple(context.get("claims", ()))
    told = Told(lines=claims if loan and not safety else (),
                lenders=lenders if loan else "", lenders_lead=lead,
                sued="" if context.get("relatives_loan") else str(context.get("sued", "")),
                # a payment asked through a caller's account or app told beside abuse: the warning under
                # the abuse reply's first line (truth4 #2: "有人自称借呗客服，说交300块保证金…" had the abuse reply alone)
                under_abuse=claims[0] if safety and claims and context.get("scam") else "")
    rest = {name: value for name, value in context.items() if name not in _KEYS}
    if not loan and not safety and context.get("rate_legal") and rest.get("legal_ask") is None:
        rest["legal_ask"] = "complaint"
    return told, rest


__all__ = ["COLLECTOR_COMPLAINT", "RATE", "Told", "WHOM_ASKED", "also_owed", "blacklist_doubted", "claim_lines", "claims_context", "family_contacted", "family_sued_line", "lenders_line", "other_lenders", "owed_listed", "rate_legal_asked", "scam_told", "sum_claim_doubted", "take_claims"]
