"""Crises told in emoji: a lexicon of what the emoji say, read together like words (emoji114, issue 12, Round 84).

Folding drops emoji (bot.text), so a message written mostly in them ("📉💸😞➡️🪦", "借呗逾期三个月了 🪦🪦🪦",
"💊💊💊 long sleep 🌙") reached no crisis reader: disguise.py reads a few emoji of a means as their word, and only in a
Chinese clause, and net.py reads crying faces for the check-in line. Here each emoji is read as the CONCEPT the word
readers use (death, a means of harm, sleep, a place below, crying, money, a farewell, a laugh), and the concepts combine
the way words do:

- **a sign**: death (🪦 ⚰ ⚱; 💀 ☠ 🕯 are weak: a laughing skull is a joke, a candle a birthday or a power cut), a means
  (🔪 🗡 🪢 🔫 🩸), pills with sleep or gathered (💊 beside 😴 💤 🌙, or 💊 more than once), a place with a way down
  (🌉 🌊 🏢 beside ⬇), an arrow into death (➡ then 🪦);
- **the writer's matter beside it**: a debt (借呗, 欠, overdue, 💸 💳 📉), despair said in words or faces (😭 😞, 受够了, 对不
  起, 再见, "this is it", "goodbye", "tonight"), or a message made of little else;
- **no everyday frame**: a laugh (😂 🤣 哈哈 lol), cooking, a cold or a vitamin, Qingming and graves of others, Halloween,
  a game or a murder-mystery party, a thing declared dead (a phone, a plant), a collector's token (催收发了个🔪: abuse.py's).

A weak sign (💀 ☠ 🕯) counts only beside despair or a second sign: "that meme 💀💀" and "my credit score 💀" are not read;
weary words (done, enough, 完了) count only beside a strong sign ("finally done with finals 💀" is relief).
The reader only ADDS a crisis (cue "glyphs"); it hides nothing any other reader found.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause

# The gate: any character in the emoji and symbol planes (most messages hold none; speed only).
_ANY = regex("[\u2190-\u2bff\U0001f000-\U0001faff]")

_STRONG_DEATH = regex("[\U0001faa6\u26b0\u26b1]")  # 🪦 ⚰ ⚱
_WEAK_DEATH = regex("[\U0001f480\u2620\U0001f56f]")  # 💀 ☠ 🕯
_MEANS = regex("[\U0001f52a\U0001f5e1\U0001faa2\U0001f52b\U0001fa78]")  # 🔪 🗡 🪢 🔫 🩸
_PILL = regex("\U0001f48a")  # 💊
_SLEEP = regex("[\U0001f634\U0001f4a4\U0001f6cc\U0001f319\U0001f31a]")  # 😴 💤 🛌 🌙 🌚
_PLACE = regex("[\U0001f309\U0001f30a\U0001f3e2\U0001f3d9\U0001f3d7]")  # 🌉 🌊 🏢 🏙 🏗
_DOWN = regex("[\u2b07\u2935\U0001f53d\U0001f447]")  # ⬇ ⤵ 🔽 👇
_INTO_DEATH = regex("[\u27a1\u2192\u21d2\u2b95\U0001f449]\ufe0f?\\s*[\U0001faa6\u26b0\u26b1\U0001f480\u2620]")  # ➡ → then 🪦 ⚰ 💀
_CRY = regex("[\U0001f62d\U0001f622\U0001f61e\U0001f614\U0001f629\U0001f62b\U0001f635\U0001fae0\U0001f636\U0001f494"
             "\U0001f940\U0001f63f\u2639\U0001f641\U0001f623\U0001f616\U0001f625\U0001f630\U0001f64f\U0001f44b]")
_MONEY = regex("[\U0001f4b8\U0001f4b0\U0001f4b3\U0001f4c9\U0001f9fe]")  # 💸 💰 💳 📉 🧾
# A laugh, a party or a costume: the emoji are play ("加班到十点 😂💀", "halloween 🎃💀").
_PLAY = regex("[\U0001f602\U0001f923\U0001f606\U0001f639\U0001f605\U0001f92a\U0001f61c\U0001f61d\U0001f389\U0001f973"
              "\U0001f383\U0001f47b\U0001f382\U0001f604\U0001f601\U0001f600\U0001f60a\u263a\U0001f60e\U0001f92d\U0001f60f]")

# Food (not a drink: "一瓶💊 一杯🍺" is pills and alcohol): a knife or a drop of blood beside it is a meal ("今晚吃火锅 🔪🥩🥬").
_FOOD = regex("[\U0001f345-\U0001f36f\U0001f950-\U0001f96f]")

# The writer's matter, in the folded words: a debt, or despair, a farewell, a time set, an end.
_DEBT = regex(r"借呗|花呗|网贷|贷款|欠|逾期|还不|还款|催收|利息|额度没|\b(jiebei|loans?|owe|owed|overdue|debts?|collectors?"
              r"|repay\w*|payments?|interest|cant pay|cannot pay)\b")
_DESPAIR = regex(r"受够|撑不|熬不|活不|不想活|对不起|再见|永别|晚安|永远|别找我|就这样吧|不想醒|不用醒|不用再|没意思|解脱|今晚|今天晚上"
                 r"|\b(goodbye|bye|sorry|this is it|tonight|forever|for good|the end|long sleep|sleep forever"
                 r"|cant (do this|take|go on|anymore|keep)|end it|last time)\b")
# Weaker words of an end ("done", "enough", 完了): beside a strong sign (🪦, 🔪), not beside a skull alone ("finally done
# with finals 💀" is relief).
_WEARY = regex(r"累了|好累|太累|结束|算了|完了|没了|\b(done|easier|no more|give up|gave up|enough|over it)\b")
# A farewell for good beside a place (🌊 🌉 🏢): "🌊🌊 我去了 别找我".
_FAREWELL = regex(r"别找我|不要找我|永别|再也不见|\b(goodbye forever|dont look for me|dont come looking|farewell)\b")
# Everyday frames: a laugh in words, food, a cold, a grave of someone else, a festival, a game or a show, a thing declared
# dead, fine after a cut, a thing bought, a collector's token sent (abuse's reading, disguise._DISGUISED_ABUSE), a review of a product.
_FRAME = regex(r"哈哈|笑死|hhh|开玩笑|切菜|做菜|买菜|炒菜|蔬菜|做饭|早饭|午饭|晚饭|饭店|炒|炖|红烧|肉|厨|洋葱|水果|蛋糕|火锅|生日"
               r"|感冒|发烧|咳嗽|头疼|头痛|牙疼|维生素|布洛芬|保健|处方|清明|扫墓|祭拜|上坟|墓地|万圣|剧本杀|狼人杀|游戏|电影|剧|小说"
               r"|(手机|屏幕|电脑|植物|花(?!呗)|草|菜|鱼)\S{0,6}(坏|碎|死|没电|枯|蔫)|考试|考完|期末|作业|加班|上班|(?<![不没])(还清|还完|结清|还上了|还掉了)|创可贴|没事了|好多了|停电|新买|买了|好用|锋利|到货|快递|(催收|他们|对方|那边)\S{0,6}(发|寄|送)"
               r"|\b(lol|lmao|rofl|haha\w*|jk|joke|joking|kidding|cook\w*|chop\w*|onions?|recipe|kitchen|steak|dinner|lunch|cake"
               r"|birthday|(a|the|my) (cold|flu)|fever|headache|vitamins?|ibuprofen|allerg\w*|prescription|qingming|cemetery|memorial"
               r"|halloween|costume|game(?! over)|gaming|movie|film|show|murder mystery|party|rip (my )?(?!me\b|myself\b)\w+"
               r"|(phone|screen|laptop|plant|basil|wallet|battery)\W+(\w+\W+){0,3}(died|dead|cracked|broke\w*|rip)"
               r"|exams?|finals|homework|at work|after work|for work|shift|paid (it )?off|paid in full|settled|cleared|review|knife set|new (knife|knives)|bought|sharp|arrived|band ?aid|all good|kicked in|power cut|outage|meme|video|tiktok)\b")


def _words(folded: str) -> int:
    """How many words the folded text holds (a Chinese character counts half a word)."""
    cjk = sum(1 for ch in folded if "\u3400" <= ch <= "\u9fff")
    return len([token for token in folded.split() if token.isascii()]) + cjk // 2


def glyph_crisis(message: str, clauses: list[Clause]) -> set[int] | None:
    """None when the emoji of ``message`` tell no crisis; else the clauses beside them (an empty set when the message
    is emoji alone: the crisis is the whole message's). See the module doc."""
    if _ANY.search(message) is None:
        return None
    weak = len(_WEAK_DEATH.findall(message))
    signs = (len(_STRONG_DEATH.findall(message)) + len(_MEANS.findall(message))
             + (_PILL.search(message) is not None and (_SLEEP.search(message) is not None or len(_PILL.findall(message)) >= 2))
             + (_PLACE.search(message) is not None and _DOWN.search(message) is not None)
             + (_INTO_DEATH.search(message) is not None))
    if _PLACE.search(message) is not None and not signs:  # a place alone is a trip, unless the writer leaves for good
        signs += _FAREWELL.search(fold_clause(message)) is not None
    if not signs and not weak:
        return None
    if _PLAY.search(message) is not None or _FOOD.search(message) is not None:
        return None
    folded = fold_clause(message)
    if _FRAME.search(folded) is not None:
        return None
    despair = _CRY.search(message) is not None or _DESPAIR.search(folded) is not None
    weary = despair or _WEARY.search(folded) is not None
    debt = _MONEY.search(message) is not None or _DEBT.search(folded) is not None
    glyphs = len(_ANY.findall(message))
    alone = _words(folded) <= 1 and glyphs >= 2  # emoji and at most a word ("🔪🩸", "💊💊😴")
    if signs and (weary or debt or alone) or weak and (despair or signs):
        return {i for i, clause in enumerate(clauses) if clause.text}
    return None
