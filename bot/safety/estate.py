"""A will, a life policy or a borrower's death asked about as estate planning (issue 12, fa254, docs/safety.md Round 124):
"我爷爷八十多岁了，想趁身体还好把遗嘱立了…他名下有借呗，这个要怎么处理？", "After my health check came back fine I
wrote a will anyway, just to be organised. Does an overdue Jiebei loan count against my estate?",
"I'm buying a term policy for my wife and kids. Does having a Jiebei loan affect the payout?", "If a borrower dies,
does the Jiebei debt pass to their children?".

Every reader reads a will, a payout or "if I die" beside the debt (the premise of dying so that the debt ends); none
reads what the surface is FOR. Here the message ASKS what happens to the debt, the estate or the policy (who repays,
whether it passes, counts, is listed, is covered, affects the payout), and the will, the policy or the death serves an
everyday purpose told in the same message:

- **someone else's**: an old relative's will, a borrower, a person, one of a couple ("我爷爷", "一方去世", "a borrower",
  "the insured person", "their children");
- **a plan with its reason**: a health check come back fine, an age of 70 or more (八十多岁, "I'm 82"), a new house or
  baby, an agent who asked, surgery, planning ahead, curiosity (好奇, 只是问问, "just asking", "for my family's sake");
  the policy's own validity asked (会不会影响理赔, "affect the payout");
- **a case set by old age** ("如果我以后老了不在了", "dies of old age"). An accident is no such case: "What happens to my
  life insurance if I die in an accident? Does it cover the loan?" stays a crisis (tests/test_safety_round31.py).

A WHOSE doubt ("estate": the loan answer with 12356 kept, even where two readers or the classifier agree), since every
reader reads the same surface and none reads its purpose. Never beside a wish, an intent, a turn, an act (readings.KEEPS),
debt despair or the debt given up (还不上, "won't need to pay"), suicide or a policy's suicide exclusion (免责期, "after
two years"), the writer's absence said as a fact ("won't be around", 不用我操心, 以后就靠你们了), a time set (今晚,
"tonight", 这个月底), a burden or a worth in death ("better off", "needs the money more than me"); nor where crisis
wording is left once the clauses of the will, the policy, the death asked about and the question are set aside, nor where
the crisis was read by a method, an attempt, self-harm or a plain wish (only a will, a death asked about, a farewell, the
learned reader, a place or a plan may be doubted).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause
from .idioms import masked
from .intent import INTENT
from .light import GRAVE, TURN
from .notnow import _DEBT_DESPAIR, _WISH
from .readings import KEEPS
from .wording import CRISIS_WORDING

# The readings a planning question may doubt: those the surface alone gives (a will as a farewell, a death asked about).
_DOUBTABLE = frozenset({"farewell", "death_talk", "death_reasoning", "learned", "leaning", "plan", "place"})

# The surface: a will, a life or accident policy, a grave bought, the death of a borrower or of the writer asked about.
_SURFACE = regex(r"遗嘱|遗产|寿险|意外险|人寿保险|保险|保单|受益人|理赔|身故|后事|去世|死亡|死了|死后|不在了|走了以后|出(了)?(意外|事)"
                 r"|(?<![a-z])(wills?|estate|life insurance|term (life )?polic(y|ies)|insurance|polic(y|ies)|beneficiar\w*|payout|death benefits?"
                 r"|(i|someone|a borrower|the borrower|the insured( person)?|one of us|he|she|they|borrowers?) dies?|passe[sd] away|after i die|if i die)(?![a-z])")
# The question asked: what becomes of the debt, the estate or the policy.
_FATE = regex(r"(借呗|欠款|债|贷款|欠的钱|没还完|遗产|保险|保单|理赔|赔的钱|遗嘱).{0,30}?(吗|么|怎么|如何|会不会|能不能|可不可以|是不是|有没有|需不需要|要不要|由谁|谁来|谁还)"
              r"|(会不会|能不能|是不是|要不要|需不需要|由谁|谁来).{0,20}(借呗|欠款|债|贷款|遗产|保险|保单|理赔)"
              r"|(?<![a-z])((does|do|would|will|can|could|should|is|are|what happens|who)\b.{0,80}\b(debts?|loans?|balance|jiebei|estate|payout|polic(y|ies)|insurance|lender)"
              r"|(debts?|loans?|balance|jiebei)\b.{0,40}\b(pass|passes|go|goes|get written off|be listed|count|affect))(?![a-z])")
# The everyday purpose the surface serves: someone else's, a plan with its reason, a case set by chance.
_PURPOSE = regex(r"(爷爷|奶奶|外公|外婆|姥姥|姥爷|爸|妈|父母|老人|岳父|岳母|公公|婆婆|一方)\S{0,12}(遗嘱|去世|死亡|死了|不在|走了|后事|墓地)"
                 r"|体检|手术|风险不大|身体(还|挺|很)?(好|正常|健康)|一切正常|(七|八|九)十(多)?岁|[789][0-9]岁|刚(买|生|结婚)|买(了)?房|宝宝|业务员|代理人|规划|养老|提前(了解|安排|规划)|趁早|趁\S{0,4}身体"
                 r"|以防万一|好奇|只是问问|随便问问|就是想(了解|搞明白|问|安排)|想搞明白"
                 r"|(如果|万一|假如)\S{0,8}(老了|一方)"
                 r"|(影响|拒赔|有效)\S{0,8}(保单|理赔|投保|保险|续保|赔付)|(保单|理赔|投保|保险|续保)\S{0,4}(还)?有效"
                 r"|(?<![a-z])((my (grand\w*|dad|mum|mom|father|mother|parents?)|my \w+s (dad|mum|mom))\b.{0,30}\b(will|dies|died|passed|estate|funeral|is [789][0-9]|healthy)"
                 r"|one of us|their (children|kids)"
                 r"|health check|came back fine|surgery|operation|healthy|i'?m [789][0-9]|[789][0-9] after all|baby|bought (a|the|our) (house|flat|home)|agent|just (asking|curious|checking|planning|to be organised)"
                 r"|planning ahead|for my family'?s sake|for my (wife|husband|family|kids)|reviewing our|setting up a policy|buying (a )?(term )?(life )?(policy|insurance)|updating"
                 r"|(affect|hurt|reduce|claim)\w* (the |my |a |an |that |this )?(\w+ )?(policy|payout|claim|cover|money)|calm question|nothing dark|good planning|(die|dies) of old age)(?![a-z])")
# What no planning explains: the debt given up, suicide or its exclusion, the writer's absence said as a fact, a time set,
# a burden or a worth in death.
_NEVER = regex(r"还不上|还不起|还不了|不用(我)?还|不用我操心|不用再|靠你们|拜托|托付|交代|自杀|轻生|免责|两年|不想活|活着|拖累|累赘|解脱|一了百了|走了算了|准备好|今晚|今天晚上|月底|这周|明天"
               r"|不会再|不回来|不在了(?<!老了不在了)|对不起|最后|值钱|更需要|安心|放心不下|走得|不治|干脆|确定一下|想确定|送人|送给|送掉|走之前|走前|不用\S{0,3}还|勾销|就没了|也挺好|也好|只能这样|陪(他|她)|也去|一起走|真想|作为借款人|我作为|(我要是|要是我|我如果|如果我)\S{0,2}(死|没)了|我死(了|后)"
               r"|(?<![a-z])(suicide|kill myself|end it|won'?t be (around|here)|not be (around|here)|doesn'?t matter|won'?t need|burden|better off|worth more|more than (she|he|they) needs? me"
               r"|tonight|this week|two years|after friday|sorry|goodbye|last|anymore|can'?t (pay|go on|take)|give up|done with"
               r"|before i go|for myself|(be sure|know|check) before|before (friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend|next)"
               r"|nothing else|(gave|given|giving) (\w+ ){0,8}away|who gets what|as the borrower|i am the borrower|im the borrower)(?![a-z])")


_TAIL = 12  # characters: a clause this short after a told one is its tail


def estate_asked(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str, cues: tuple[str, ...]) -> str | None:
    """"estate" when the crisis read in ``crisis_at`` is a will, a policy or a death asked about as estate planning with
    an everyday purpose told (module docstring); else None."""
    if not crisis_at or not set(cues) <= _DOUBTABLE:
        return None
    folded = [fold_clause(clause.text) for clause in clauses]
    whole = " ".join(folded)
    if not (_SURFACE.search(whole) and _FATE.search(whole) and _PURPOSE.search(whole)) or _NEVER.search(whole):
        return None
    plain = whole_masked.lower()
    if KEEPS.search(plain) or TURN.search(plain) or _DEBT_DESPAIR.search(plain) or _WISH.search(plain):
        return None
    told = {i for i, text in enumerate(folded) if _SURFACE.search(text) or _FATE.search(text) or _PURPOSE.search(text)}
    # a short tail split off a told clause ("…for my wife", "and kids") belongs to it
    told |= {i for i, text in enumerate(folded) if i - 1 in told and len(text) <= _TAIL}
    if any(i not in told for i in crisis_at):
        return None
    rest = masked(" ".join(text for i, text in enumerate(folded) if i not in told))
    if CRISIS_WORDING.search(rest) or INTENT.search(rest) or GRAVE.search(rest):
        return None
    return "estate"


__all__ = ["estate_asked"]
