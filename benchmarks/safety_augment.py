"""Round 6's experiment (safe7, issue 12), measured and NOT shipped: compositional statements for
the learned crisis reader. Reproduce (trains the detectors in memory, ~1 min; nothing written):

    python benchmarks/safety_augment.py [--per-class 160|400]

It prints the figures of every own set, held-out 5 and held-out 6 with the composed statements
added to the detectors' training; compare with ``python tests/safety_figures.py``.

Five rounds of hand-written statements taught the reader the sentences written for it; on new
wording it stayed where it was. Here the statements are composed instead: who speaks × a despair
predicate × a time with a means or place, or a farewell × a voice (a plain line, a story's opening,
a loan question after it), in Chinese and English, each with a **matched benign look-alike** that
shares the time, the place and the objects but not the despair or the intent ("今晚就去江边钓鱼",
"I'll take the pills my doctor gave me"). What should then carry the crisis score is the
combination, not the river or the pills.

Deterministic (a seeded sample of the product). Results in docs/safety.md ("Round 6"): held-out
figures did not rise (crisis 98 of 123 over held-out 5 and 6 before, 97 and 98 after), so the
composed statements were not kept.
"""

from __future__ import annotations

import argparse
import random
import sys
from itertools import product
from pathlib import Path

SEED = 12
PER_CLASS = 160  # statements per class (crisis, benign) and language (400 tried too)

_ZH = {
    "who": ("我", "我自己", "俺", "说真的我", "我这个人"),
    "despair": ("不想再撑下去了", "觉得活着没什么意思了", "就是家里的累赘", "只想彻底消失", "不想再醒过来了", "已经没有退路了",
                "想把这一切都结束掉", "觉得大家没有我会过得更好", "再也扛不动了", "觉得这辈子就到这了"),
    "calm": ("最近加班累得不行", "压力有点大", "这个月手头有点紧", "想换个工作", "心情不太好", "有点烦", "最近睡得不太好",
             "觉得借呗利息太高了", "被催款电话吵得头疼", "这几天忙得团团转"),
    "time": ("今晚就", "等这个周末", "等发完工资就", "明天一早", "等孩子睡了就"),
    "act": ("去江边走下去", "上天台跳下去", "把攒的药一次吃完", "把绳子系在阳台上", "把车开进水库", "去那座桥上不回来了"),
    "calm_act": ("去江边钓鱼", "上天台晒被子", "把医生开的药按时吃了", "把晾衣绳系在阳台上", "把车开去保养", "去那座桥边的银行还款"),
    "farewell": ("给爸妈的信已经写好了", "东西都送人了", "跟家里人说了再见", "猫托付给朋友了以后不回来了", "银行卡密码留给我弟了",
                 "把想说的话都录下来留给孩子了"),
    "calm_farewell": ("跟同事说了再见就下班了", "东西都搬到新家了", "出差前把猫托付给朋友了", "信用卡账单都打印好了",
                      "把房租转给室友了", "给孩子录了生日祝福视频"),
    "opening": ("", "说实话，", "跟你说个事，", "借呗逾期三个月了，", "欠了好几个平台的钱，"),
    "ending": ("", "，借呗逾期了会找我爸妈吗", "，借呗的钱你们看着办吧", "，想问问逾期会不会上征信"),
}
_EN = {
    "who": ("I", "honestly I", "I really", "tbh I", "I just"),
    "despair": ("can't keep going like this", "feel like everyone would be better off without me", "want to disappear for good",
                "don't want to wake up anymore", "have run out of reasons to stay", "am done with all of it",
                "can't see any way out", "am nothing but a burden to my family", "have nothing left in me", "want it all to stop"),
    "calm": ("am so tired from overtime", "am a bit stressed", "am short on cash this month", "want to change jobs",
             "feel a bit down today", "am annoyed with the app", "haven't slept well", "think the interest is too high",
             "am sick of the reminder calls", "have been busy all week"),
    "time": ("tonight", "this weekend", "after payday", "tomorrow morning", "once the kids are asleep"),
    "act": ("I'm walking into the river", "I'll jump from the roof", "I'll take all the pills I saved", "I'll use the rope in the garage",
            "I'll drive the car off the bridge", "I'm going to the bridge and not coming back"),
    "calm_act": ("I'm going fishing at the river", "I'll fix the roof", "I'll take the pills my doctor gave me",
                 "I'll use the rope to tie the tent", "I'll drive the car to the garage", "I'll go to the bank by the bridge"),
    "farewell": ("the letters to my parents are written", "I gave all my things away", "I said goodbye to my family",
                 "my cat is with a friend for good", "my sister has my passwords now", "I recorded messages for my kids"),
    "calm_farewell": ("I said bye to my coworkers and went home", "I moved my things to the new flat",
                      "my cat stays with a friend while I travel", "the card statements are printed",
                      "I sent my roommate the rent", "I recorded a birthday video for my kid"),
    "opening": ("", "to be honest, ", "can I tell you something, ", "jiebei is three months overdue, ", "I owe money on five apps, "),
    "ending": ("", ", will jiebei call my parents?", ", jiebei can do what it wants", ", will it go on my credit report?"),
}


def _compose(words: dict[str, tuple[str, ...]], zh: bool, crisis: bool) -> list[str]:
    """Every statement of one class and language (before sampling)."""
    predicate, act, farewell = ("despair", "act", "farewell") if crisis else ("calm", "calm_act", "calm_farewell")
    sep = "，" if zh else ", "
    space = "" if zh else " "
    texts = []
    for opening, who, pred, ending in product(words["opening"], words["who"], words[predicate], words["ending"]):
        head = f"{opening}{who}{space}{pred}"
        for time, what in product(words["time"], words[act]):
            texts.append(f"{head}{sep}{time}{space}{what}{ending}" if zh else f"{head}{sep}{time} {what}{ending}")
        for bye in words[farewell]:
            texts.append(f"{head}{sep}{bye}{ending}")
    return texts


def composed_pairs(per_class: int = PER_CLASS) -> list[tuple[str, str]]:
    """(class, text) for the composed statements: PER_CLASS crisis and PER_CLASS benign per
    language, sampled with a fixed seed."""
    rng = random.Random(SEED)
    pairs: list[tuple[str, str]] = []
    for words, zh in ((_ZH, True), (_EN, False)):
        for label, crisis in (("crisis", True), ("benign", False)):
            texts = sorted(set(_compose(words, zh, crisis)))
            pairs += [(label, text) for text in rng.sample(texts, per_class)]
    return pairs


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    sys.path[:0] = [str(root), str(root / "tests")]
    from bot import Engine
    from bot.safety import learned
    from safety_figures import DATA, SETS, UNSEEN, read_rows, table, tally_sets

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-class", type=int, default=PER_CLASS)
    args = parser.parse_args(argv)
    base = Engine.load()
    knowledge = base._knowledge  # noqa: SLF001 (an experiment reads the parts it swaps)
    pairs = learned.training_pairs(knowledge, learned.read_examples(knowledge.path)) + composed_pairs(args.per_class)
    engine = Engine(knowledge, base._classifier, learned.fit(learned.training_sets(pairs)))  # noqa: SLF001
    names = (*SETS, *UNSEEN)
    for name, tallies in tally_sets(engine, {name: read_rows(DATA / name) for name in names}).items():
        print(table(name, tallies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
