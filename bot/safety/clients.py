"""A policy's suicide clause or a payout told as the writer's work for a client (issue 12, docs/safety.md Round 112):
"我是做保险的，客户问我寿险里的自杀免责条款是几年", "I sell life insurance and a client asked about the suicide
exclusion clause", "I work as a claims adjuster. If a policyholder has a Jiebei debt, can the insurance payout be
frozen?".

Every reader reads "suicide" beside "insurance" and "payout" (the premise of dying so the insurance clears the debt);
none reads whose policy it is. Here the policy is a client's (客户, 投保人, 被保险人, client, customer, policyholder) and
the writer explains, sells or settles it: whose words they are, so a WHOSE doubt ("client": the loan answer with 12356,
even where two readers or the classifier agree, as for a story's people).

Never where the policy is the writer's own ("自己的保单刚过两年免责期", "my own policy's suicide clause expired"), nor
beside anything grave, an intent or a wish, debt despair, a turn, an act (readings.KEEPS), nor where a crisis clause is
not one of the policy's or the client's, nor where crisis wording is left once those clauses are set aside.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause
from .idioms import masked
from .intent import INTENT
from .light import ACT, GRAVE, TURN
from .notnow import _DEBT_DESPAIR, _WISH
from .readings import KEEPS, SELF_TOO
from .selfblame import nothing_else
from .wording import CRISIS_WORDING

# The policy and what it says or pays.
_POLICY = regex(r"保险|寿险|保单|条款|免责|理赔|赔付|不赔|赔款|保费|核保|投保"
                r"|(?<![a-z])(insurance|insur\w*|polic(y|ies)|clauses?|exclusions?|payouts?|claims?|premiums?|underwrit\w*|cover(ed|age)?)(?![a-z])")
# Someone else the policy belongs to: the writer's client.
_CLIENT = regex(r"客户|投保人|被保险人|顾客|保户"
                r"|(?<![a-z])(clients?|customers?|policyholders?|policy holders?|the insured|insureds?)(?![a-z])")
# The writer's work for the client, said: an agent, a broker, an adjuster, an underwriter, a client who asked or was
# told. A policyholder named alone is no client of the writer's ("Who gets the money from a life insurance policy when the
# policyholder has debts?" keeps the crisis reply: mend52 took safe40's "policy" doubt back after review54).
_ROLE = regex(r"做保险|(在|是)保险公司|保险(代理|经纪|销售|业务|顾问)|核保|理赔员|做理赔|(客户|顾客|投保人)\S{0,3}(问|说|咨询|听)|(跟|给|帮|为)(客户|顾客|投保人)"
              r"|(?<![a-z])(i sell (\w+ )?insurance|insurance (agent|broker|sales\w*|advis[eo]r|adjuster)|claims adjuster|underwriter"
              r"|i work (in|at|as|for) .{0,24}(insurance|claims|underwrit\w*)|(a|my|the) (client|customer)s? (asked|wanted|wants|asks)"
              r"|(for|with|to) (a|my) (client|customer)s?|(agent|broker|adjuster) here)(?![a-z])")
# The policy the writer holds (the premise of dying for the payout): no client's. ("mine passes two years on Friday",
# "my debts are too much": the writer's own, mend219 Round 112b, review216)
_OWN_POLICY = regex(r"(自己|我|我家|我们家)的\S{0,4}(保单|保险|寿险)|(自己|我)(买|投|上|交)(了|的)\S{0,4}(保单|保险|寿险)|给自己(买|上|投)|受益人|赔给(我|家)"
                    r"|家(里)?人\S{0,6}(赔|拿到|领)|我的(也|呢|那份)|我(也|自己也)(快|刚|马上)?(满|到|过)|我(的)?(欠|债|负债)\S{0,4}(太多|还不|太重)|(?<![a-z])((my|our) (own )?(\w+ )?(polic(y|ies)|insurance|cover)|i('m| am) (insured|covered)"
                    r"|(on|for) myself|beneficiar\w*|mine|(my )?debts? (are|is) too|drowning in debt|can'?t (pay|cope|go on)|my (family|wife|husband|kids|parents|mum|mom|dad)\b.{0,30}\b(get|collect|receive|paid|payout))(?![a-z])")


def client_policy(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str) -> str | None:
    """"client" when every crisis clause tells a client's policy (its clause, exclusion or payout) or the client, with
    no policy of the writer's own and nothing of the writer's own at risk beside it; else None."""
    if not crisis_at:
        return None
    plain = [clause.text.lower() for clause in clauses]
    whole_plain = " ".join(plain)
    if not _CLIENT.search(whole_plain) or not _POLICY.search(whole_plain) or not _ROLE.search(whole_plain) \
            or _OWN_POLICY.search(whole_plain):
        return None
    whole = whole_masked.lower()
    if ACT.search(whole) or TURN.search(whole) or KEEPS.search(whole) or SELF_TOO.search(whole) or _DEBT_DESPAIR.search(whole) or _WISH.search(whole):
        return None
    told = {i for i, text in enumerate(plain) if _POLICY.search(text) or _CLIENT.search(text)}
    if any(i not in told for i in crisis_at):
        return None
    rest = masked(" ".join(text for i, text in enumerate(plain) if i not in told))
    if CRISIS_WORDING.search(rest) or INTENT.search(rest) or GRAVE.search(rest):
        return None
    inside = masked(" ".join(plain[i] for i in told))
    if INTENT.search(inside):
        return None  # the writer's own wish inside the policy's clauses ("客户问我条款，我也想死")
    return "client"


# Suicide named as the field someone works or studies in: prevention, intervention, a hotline's training (what the words
# name is the work against it, not a wish): "做一个关于自杀预防的公众号", "a research project on suicide prevention".
_PREVENTION = regex(r"(自杀|自伤|轻生)\S{0,2}(预防|干预|防治|防范)|(预防|干预|防止|防范)\S{0,2}(自杀|自伤|轻生)"
                    r"|(?<![a-z])(suicide|self-harm|self harm) (prevention|awareness|intervention|research)|prevent(ing)? suicides?(?![a-z])")


def prevention_named(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str) -> str | None:
    """"prevention" when the crisis words are suicide named as the field of prevention or intervention, every flagged
    clause names it, and nothing else is left once it is set aside (selfblame.nothing_else: no grave word, act, turn,
    debt despair, crisis wording or intent); else None. (A WHOSE doubt: 12356 kept.)"""
    if not crisis_at or any(not _PREVENTION.search(clauses[i].text.lower()) for i in crisis_at):
        return None
    return "prevention" if nothing_else(clauses, whole_masked, _PREVENTION) else None


__all__ = ["client_policy", "prevention_named"]
