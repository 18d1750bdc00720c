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
_MEANS = regex("[\U0001f52a\U0001f5e1\U0001faa2\U0001f52b]")  # 🔪 🗡 🪢 🔫
# A drop of blood is a period, a blood test or a donation (mend129): a means only beside a blade or a cut said in words.
_BLOOD = regex("\U0001fa78")  # 🩸
_BLADE = regex("[\U0001f52a\U0001f5e1]")  # 🔪 🗡
_CUT = regex(r"割|划|手腕|\b(cut\w*|wrists?|slit)\b")
_PILL = regex("\U0001f48a")  # 💊
_SLEEP = regex("[\U0001f634\U0001f4a4\U0001f6cc\U0001f319\U0001f31a]")  # 😴 💤 🛌 🌙 🌚
_PLACE = regex("[\U0001f309\U0001f30a\U0001f3e2\U0001f3d9\U0001f3d7]")  # 🌉 🌊 🏢 🏙 🏗
# (👇 is "see below", not a way down: mend129)
_DOWN = regex("[\u2b07\u2935\U0001f53d]")  # ⬇ ⤵ 🔽
_INTO_DEATH = regex("[\u27a1\u2192\u21d2\u2b95\U0001f449]\ufe0f?\\s*[\U0001faa6\u26b0\u26b1\U0001f480\u2620]")  # ➡ → then 🪦 ⚰ 💀
# Crying and sad faces, a broken heart, a wilted flower (not 🙏 or 👋: prayer and a wave are condolences and greetings, mend129).
_CRY = regex("[\U0001f62d\U0001f622\U0001f61e\U0001f614\U0001f629\U0001f62b\U0001f635\U0001fae0\U0001f636\U0001f494"
             "\U0001f940\U0001f63f\u2639\U0001f641\U0001f623\U0001f616\U0001f625\U0001f630]")
_MONEY = regex("[\U0001f4b8\U0001f4b0\U0001f4b3\U0001f4c9\U0001f9fe]")  # 💸 💰 💳 📉 🧾
# A laugh, a party or a costume: the emoji are play ("加班到十点 😂💀", "halloween 🎃💀").
_PLAY = regex("[\U0001f602\U0001f923\U0001f606\U0001f639\U0001f605\U0001f92a\U0001f61c\U0001f61d\U0001f389\U0001f973"
              "\U0001f383\U0001f47b\U0001f382\U0001f604\U0001f601\U0001f600\U0001f60a\u263a\U0001f60e\U0001f92d\U0001f60f]")

# Food (not a drink: "一瓶💊 一杯🍺" is pills and alcohol): a knife or a drop of blood beside it is a meal ("今晚吃火锅 🔪🥩🥬").
_FOOD = regex("[\U0001f345-\U0001f36f\U0001f950-\U0001f96f]")

# The writer's matter, in the folded WORDS (mend129: a 💸 or 💰 is spending as often as a debt; words carry the debt).
_DEBT = regex(r"借呗|花呗|网贷|贷款|欠|逾期|还不|还款|催收|利息|额度没|\b(jiebei|loans?|owe|owed|overdue|debts?|collectors?"
              r"|repay\w*|payments?|interest|cant pay|cannot pay)\b")
# The writer's despair in words. Everyday words of an evening or a leave-taking (tonight, sorry, bye, 晚安, 再见, 永远)
# are not here: "deadline tonight 💀", "sorry for the late reply 💀", "吃完药了💊 晚安" (mend129); they are _WEARY's.
_DESPAIR = regex(r"受够|撑不|熬不|活不|不想活|永别|别找我|就这样吧|不想醒|不用醒|不用再|没意思|解脱|走投无路|没有出路|活着\S{0,2}累"
                 r"|对不起\s?(爸|妈|大家|家人|你们|所有人|孩子|老婆|老公)|下辈子|想好了|决定了|谢谢你们\S{0,4}(一直|这些年)|来世|人生\s?\S{0,4}\s?(game over|结束|完了|没意义)"
                 r"|\b(goodbye forever|dont look for me|dont come looking|ive decided|thank you for everything|this is it|for good|the end|long sleep|sleep forever|im done|no way out"
                 r"|cant (do this|take|go on|anymore|keep)|end it|last time|give up|gave up|lifes? (is )?over)\b")
# Pills gathered, said in words ("💊💊💊💊 攒好了"): a means in words beside the pills.
_GATHERED = regex(r"攒|囤|存了|够了|\b(saved up|saving up|stockpil\w*|collected|hoard\w*|enough of them)\b")
# A plan for later: tomorrow is still in view.
_LATER = regex(r"明天|明早|回头|\b(tomorrow|later)\b")
# Weaker words of an end or a leave-taking: beside a strong sign (🪦, 🔪) with a debt, or in a message of little else
# ("🔪 tonight"), never beside a skull alone ("finally done with finals 💀" is relief).
_WEARY = regex(r"累了|好累|太累|结束|算了|完了|没了|今晚|今天晚上|晚安|再见|永远|对不起"
               r"|\b(done|easier|no more|enough|over it|tonight|sorry|bye|goodbye|forever)\b")
# A farewell for good beside a place (🌊 🌉 🏢): "🌊🌊 我去了 别找我".
_FAREWELL = regex(r"别找我|不要找我|永别|再也不见|\b(goodbye forever|dont look for me|dont come looking|farewell)\b")
# A collector's token (a coffin, a knife sent): abuse.py's reading, not the writer's crisis, unless the writer's own
# despair is told in ANOTHER sentence ("collectors sent a photo of a grave 🪦 … i'll make it real tonight").
_TOKEN = regex(r"(催收|他们|对方|那边)\S{0,6}(发|寄|送)|\b(collectors?|they|agency|agent)\W+(\w+\W+){0,2}"
               r"(sent|sends|texted|texts|messaged|posted|emailed|dm\w*|drew|left)\b")
# Spending, a bargain or a prescription: money and a blade are a price cut, pills a doctor's (mend129).
_SPENDING = regex(r"双十一|双11|砍一刀|拼多多|打折|降价|价格|优惠|购物|剁手|医生|医院|医保|药房|一天\S次|每天\S次"
                  r"|\b(spent|spending|shopping|sale|discount|price|bank account|wallet|doctor|pharmacy|prescribed)\b")
# Condolences and grief for someone else: a candle and prayer hands (mend129).
_GRIEF = regex(r"节哀|默哀|悼念|安息|去世|走好|遇难|\b(condolences?|thoughts and prayers|rest in peace|victims?|passed away"
               r"|funeral|grandma|grandpa|hamster)\b")
# Everyday frames: a laugh in words, food, a cold, a grave of someone else, a festival, a game or a show, a thing declared
# dead, fine after a cut, a thing bought, a review of a product.
_FRAME = regex(r"哈哈|笑死|hhh|开玩笑|切菜|做菜|买菜|炒菜|蔬菜|做饭|早饭|午饭|晚饭|饭店|炒|炖|红烧|肉|厨|洋葱|水果|蛋糕|火锅|生日"
               r"|感冒|发烧|咳嗽|头疼|头痛|牙疼|维生素|布洛芬|保健|处方|清明|扫墓|祭拜|上坟|墓地|万圣|剧本杀|狼人杀|(?<!了)游戏(?!结束)|电影|剧|小说"
               r"|(手机|屏幕|电脑|植物|花(?!呗)|草|菜|鱼)\S{0,6}(坏|碎|死|没电|枯|蔫)|考试|考完|期末|作业|加班|(?<![不没])(还清|还完|结清|还上了|还掉了)|创可贴|好多了|停电|新买|好用|锋利|快递"
               r"|\b(lol|lmao|rofl|haha\w*|jk|joke|joking|kidding|cook\w*|chop\w*|onions?|recipe|kitchen|steak|dinner|lunch|cake"
               r"|birthday|(a|the|my) (cold|flu)|fever|headache|vitamins?|ibuprofen|allerg\w*|prescription|qingming|cemetery|memorial"
               r"|halloween|costume|game(?! over)|gaming|movie|film|show|murder mystery|party|rip (my )?(?!me\b|myself\b)\w+"
               r"|(phone|screen|laptop|plant|basil|wallet|battery)\W+(\w+\W+){0,3}(died|dead|cracked|broke\w*|rip)"
               r"|exams?|finals|homework|paid (it )?off|paid in full|cleared|review|knife set|new (knife|knives)|sharp|band ?aid|all good|kicked in|power cut|outage|meme|video|tiktok)\b")
# Frames that explain a thing away only when the writer tells no debt beside despair (a chore, a purchase, relief): "上班被
# 催收打爆了 🔪🩸 受够了", "没事了，我已经想好了🪦💊💊", "bought 💊💊💊 today" are no errand (review123, mend129).
_SOFT_FRAME = regex(r"上班|没事了|买了|到货|\b(at work|after work|for work|shift|settled|bought|arrived)\b")


def _words(folded: str) -> int:
    """How many words the folded text holds (a Chinese character counts half a word)."""
    cjk = sum(1 for ch in folded if "\u3400" <= ch <= "\u9fff")
    return len([token for token in folded.split() if token.isascii()]) + cjk // 2


def _signs(message: str, folded: str) -> tuple[int, int, int]:
    """Counts of the strong signs (death, a means, a place with a way down, an arrow into death), the pill sign
    (0 or 1) and the weak signs (💀 ☠ 🕯) of ``message``."""
    blood = _BLOOD.search(message) is not None and (_BLADE.search(message) is not None or _CUT.search(folded) is not None)
    strong = (len(_STRONG_DEATH.findall(message)) + len(_MEANS.findall(message)) + blood
              + (_PLACE.search(message) is not None and _DOWN.search(message) is not None)
              + (_INTO_DEATH.search(message) is not None))
    if _PLACE.search(message) is not None and not strong:  # a place alone is a trip, unless the writer leaves for good
        strong += _FAREWELL.search(folded) is not None
    pills = int(_PILL.search(message) is not None
                and (_SLEEP.search(message) is not None or len(_PILL.findall(message)) >= 2
                     or _GATHERED.search(folded) is not None))
    return strong, pills, len(_WEAK_DEATH.findall(message))


def glyph_crisis(message: str, clauses: list[Clause]) -> set[int] | None:
    """None when the emoji of ``message`` tell no crisis; else the clauses beside them. See the module doc.

    An emoji is weak evidence (mend129): a sign needs a second signal in WORDS. A strong sign (🪦 ⚰ 🔪 🪢, 🔪🩸, 🌉⬇,
    ➡🪦) reads beside a debt or despair in words, or with weary words in a message of little else ("🔪 tonight");
    pills (💊💊, 💊😴) beside a debt or despair in words; a skull or a candle only beside a debt AND despair in words."""
    if _ANY.search(message) is None:
        return None
    folded = fold_clause(message)
    strong, pills, weak = _signs(message, folded)
    parting = _parting(message, folded)
    if not (strong or pills or weak or parting):
        return None
    despair = _DESPAIR.search(folded) is not None
    debt = _DEBT.search(folded) is not None
    # A frame (a laugh, a game, a birthday, relief) explains the emoji away unless the writer tells a debt AND despair in
    # words: "借呗还不上了😂🪦 活着好累" is irony, "今天是我生日🎂 也是最后一个了🪦 借呗的事就这样吧" no party (mend129).
    owned = debt and despair
    if not owned and (_PLAY.search(message) is not None or _FOOD.search(message) is not None
                      or _FRAME.search(folded) is not None):
        return None
    if _GRIEF.search(folded) is not None or _SOFT_FRAME.search(folded) is not None and not despair:
        return None
    if _SPENDING.search(folded) is not None and not despair:
        return None
    if _TOKEN.search(folded) is not None and not _despair_beyond_token(message):
        return None
    weary = despair or _WEARY.search(folded) is not None
    few = _words(folded) <= 2
    # pills: despair or the pills gathered in words, or a debt with words of an end and no plan for tomorrow ("💊💊 + 💤
    # = no more jiebei"; "吃完药了💊 晚安😴 明天再问你借呗的事" is a night's medicine)
    pills_read = pills and (despair or _GATHERED.search(folded) is not None
                            or debt and weary and _LATER.search(folded) is None)
    if strong and (debt or despair or weary and few) or pills_read or weak and debt and despair or parting:
        return {i for i, clause in enumerate(clauses) if clause.text}
    return None


# A parting at a set time (safe253, Round 123): a place, a track or a means in emoji ("🚆", "🌊", "🔫"), a time of the
# day or a day (tonight, tomorrow morning, 今晚), and a word to the family (sorry mum, love you all, 对不起爸妈), in a
# message of little else: a trip or a day out says what it is ("🌊 tonight! beach trip with the kids").
_TRANSIT = regex("[\U0001f686\U0001f682\U0001f684\U0001f685\U0001f687\U0001f6e4\U0001f689\U0001f69d]")  # 🚆 🚂 🚄 🚅 🚇 🛤 🚉 🚝
_WHEN = regex(r"今晚|今天晚上|今夜|明天|明早|明晚|周[一二三四五六日末]|\b(tonight|tomorrow|this weekend|at dawn|(on )?(monday|tuesday"
              r"|wednesday|thursday|friday|saturday|sunday))\b")
_TO_FAMILY = regex(r"对不起\s?(爸|妈|爸妈|家人|孩子|老婆|老公|大家|你们)|爱你们|(爸|妈|爸妈|家人)\s?(对不起|保重)|别找我"
                   r"|\b(sorry|love you|forgive me|bye|goodbye)\s?(mum|mom|mama|dad|papa|all|everyone|guys|family|kids|baby|babe|sis|bro)?\b")


def _parting(message: str, folded: str) -> bool:
    """A place, a track or a means in emoji, a time set and a word to the family, in a message of at most six words."""
    sign = _MEANS.search(message) is not None or _PLACE.search(message) is not None or _TRANSIT.search(message) is not None
    return sign and _WHEN.search(folded) is not None and _TO_FAMILY.search(folded) is not None and _words(folded) <= 6 \
        and "?" not in message and "？" not in message and "!" not in message and "！" not in message


_SENTENCE_END = regex(r"[。！？!?.;；\n]")


def _despair_beyond_token(message: str) -> bool:
    """Whether a sentence without the collector's token tells the writer's despair (or weariness) in words."""
    for sentence in _SENTENCE_END.split(message):
        folded = fold_clause(sentence)
        if folded.strip() and _TOKEN.search(folded) is None and (
                _DESPAIR.search(folded) is not None or _WEARY.search(folded) is not None):
            return True
    return False


def emoji_only_crisis(message: str) -> bool:
    """Whether a message of emoji alone tells a crisis unambiguously: a tombstone, a coffin, a knife, a rope or a blade
    with blood, or an arrow into death, beside money (📉💸😞➡️🪦). Anything less is left to the worry or capabilities
    reply, as before Round 84 (💀😭 is a laugh, 🕯🙏 condolences, 🩸😩 a period, 💊🌙 a night's medicine: mend129)."""
    if _ANY.search(message) is None or _MONEY.search(message) is None:
        return False
    if _PLAY.search(message) is not None or _FOOD.search(message) is not None:
        return False
    blood = _BLOOD.search(message) is not None and _BLADE.search(message) is not None
    return (_STRONG_DEATH.search(message) is not None or _MEANS.search(message) is not None or blood
            or _INTO_DEATH.search(message) is not None)
