"""Someone else at risk told only through signs, then absence (signs113, issue 12, Round 83).

kin_affairs.py (Round 79) reads another's affairs put in order: an act of disposal x silence or finality. The largest
kind an independent set still missed (blind20 kinds report, 7 safety and 2 session rows) tells the other's danger by
signs that are no act of disposal: an apology note or an apologising post in a group, a long farewell hug with the
family entrusted, keys or belongings given away before "a long trip", a locked garage or room, a spouse searching for
painless methods, last seen near a bridge. Each sign alone is everyday (children apologise, parents hug, neighbours
travel, garages are locked); the reading is structural, over the whole message:

    signs of a farewell or of preparation, each in a clause whose actor is someone else (others' subject reading):
      leaving words (apology, thanks, goodbye, a farewell hug), entrusting the family, giving away or handing over
      (affairs' and kin_affairs' acts, reused), a going with no place or return ("a long trip", 很远的地方),
      shut in a locked place, a search for painless means, last seen at a bridge or river
  x the person then absent or silent (kin_affairs' silence words and a few more: 没动静, 不开门, "isn't home",
      "then nothing"), or a means beside the locked place (the engine running, pesticide)
    or, with no silence told, two kinds of signs, or a search for painless means, beside the debt or the writer's worry.

An everyday frame anywhere in the message leaves it alone: kin_affairs' and affairs' lists (a trip with a place, a
move, a job, surgery...), a going with a place or a length named, a reason given that is not the debt ("因为", "because"),
the painless thing named (teeth, a tattoo, a birth, a knee), money owed to the writer (a debtor who vanished). The
writer's own signs are not read here (their actor is 我/I: affairs.py and the writer's readers). Returned to
kin_affairs(), which marks the clauses as the other's, so others.helper_asking gives the helper's reply where no
danger of the writer's own is said.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from ..patterns import regex
from .affairs import is_act
from .clauses import Clause, fold_clause, raw_sentences

# Whose act a clause tells (others._whose, passed in through kin_affairs, which takes this alias from here).
Whose = Callable[[list[Clause], int, str], Optional[str]]  # (not a quoted type: typing compiles those, PERF_LOG part 43)

# A cheap gate: every sign below needs one of these (most messages hold none).
_ANY = regex(r"纸|信|对不起|歉|抱歉|不孝|谢谢|感谢|再见|告别|抱(了|着)|拜托|托付|交给|照顾好|送|分给|给了|钥匙|锁|远门|很远|好远|远方|不会回来|不回来|关在"
             r"|搜|查|问|桥|江边|河边|海边"
             r"|\b(note|letters?|sorry|apologi\w*|thank\w*|goodbye|farewell|hugged|look after|take care|entrust\w*|gave|giving|handed|keys?|long (trip|journey)"
             r"|far away|somewhere far|locked|shut|search\w*|look(ing|ed) up|read(ing)? (about|forums)|research\w*|ask(ed)? me how|bridge|river)\b")
# Leaving words: an apology, thanks, a goodbye, a long hug (a note or a post is how it is told; the words are the sign).
_LEAVING = regex(r"对不起|道(了)?歉|抱歉|不孝|谢谢(大家|你们|爸妈|我|你)|感谢(大家|你们|爸妈)"
                 r"|\b(sorry|apologi[sz]\w*|thank(ed|s|ing)? (you all|everyone|all|me|us|for everything))\b")
# A goodbye or a farewell hug: leaving, whatever is said of the debt beside it.
_FAREWELL = regex(r"再见|告别|抱(了|着)(我|我们|孩子)|\b(goodbye|farewell|hugged (me|us|the kids|everyone))\b")
# An apology or thanks about the debt itself or a help given, in its clause or the one before ("我老公欠了借呗，他跟我说对不起",
# "apologised for dragging me into his loan mess", "谢谢我帮他还了借呗"): words about the matter, no leaving.
_ABOUT_THE_DEBT = regex(r"欠|债|贷|借呗|花呗|逾期|催收|连累|瞒|骗|帮(他|她|我)|\b(loans?|debts?|owe\w*|jiebei|huabei|collectors?|dragg\w*|hiding|hid|lying|lied"
                        r"|not telling|for (the|his|her) help|for helping)\b")
# The family entrusted to the writer.
# (not 拜托她 / 交给她: the one named after it is the one entrusted, and whoever entrusts is someone before it: "我把猫
# 送给我姐了，以后就拜托她了" is the writer's own act)
_ENTRUST = regex(r"(拜托|托付)(?!\S?(他|她|它))|(就|都)?交给你|照顾好|替(我|他|她)照顾|\b(look after|take care of|entrust\w*)\b")
# Handing over that affairs' acts lack: keys given (kin_affairs' _MORE_ACTS reads cards and passcodes).
_KEYS = regex(r"(钥匙|锁匙)\S{0,4}(给|交|留|塞)|(给|交|留|塞)(了)?(我|我们)\S{0,4}(钥匙|锁匙)|将\S{0,6}锁匙交俾"
              r"|\b(gave|handed|left) (me|us|my \w+) (his|her|the) (\w+ ){0,2}keys?\b|\bkeys? to (his|her) (flat|house|place|apartment)\b")
_GIVEN = regex(r"送(给|人|了)|分给|\b(gave|giving|given) (away|his|her)\b")
# A going with no place or return named ("出远门", "很远的地方", "a long trip", "no return date").
_GOING = regex(r"出(一趟)?远门|(很|好)远(的|嘅)地方|远方|不会(再)?回来|不回来了"
               r"|\b(long (trip|journey)|somewhere far|far away|no return date|wont be (coming )?back|not coming back)\b")
# The going made ordinary: a place or a length named after it ("出远门去海南", "a long trip round South America for six months").
_GOING_NAMED = regex(r"(出(一趟)?远门|远方)\S{0,2}(去|到|回)\S|\b(long (trip|journey)|far away) ((to|round|around|across|through|in) (?!visit|see|be|do|get|go|come)\w+|for (a|\d+|one|two|three|six|several|some) \w+)\b")
# Shut in a locked place, or a place locked (an owner locking the garage or a door is everyday: read only with a means
# there; mend127, review120 F3).
_LOCKED = regex(r"反锁|(锁|关)(上|了|在|住)?\S{0,4}(房间|屋|门|车库|厕所|卫生间|浴室|柴房|仓库)|(房间|车库|厕所|卫生间|浴室|柴房)\S{0,4}(门)?(锁|反锁)"
                r"|\b(locked|shut) (himself|herself|themselves) (in|into|inside)\b|\blocked the (garage|door|bathroom|room)\b"
                r"|\b(door|room|garage) (has been|is|was|s) locked\b")
# Someone shutting themselves in (把自己反锁, 把自己关在, 锁在车库里, "locked himself in"): a sign beside a means or a second
# kind of sign, never with silence alone (a teenager gaming, a sulk after a quarrel; review120 F3).
_SHUT_IN = regex(r"把自己\S{0,2}(反锁|锁|关)|(反锁|锁|关)在\S{0,6}(房间|屋|卧室|车库|厕所|卫生间|浴室|柴房|仓库|车)\S{0,2}里"
                 r"|\b(locked|shut) (himself|herself|themselves) (in|into|inside)\b")
# A search for a painless way or for a lethal amount, with no painless thing named.
_SEARCH = regex(r"(搜|查|看|问).{0,14}(不疼|不痛|无痛|没有痛苦|不痛苦|安眠药|睡过去|醒不过来|不醒|掉下去|最高)"
                r"|\b(search\w*|look(ing|ed)? up|read(ing)? (about|forums about)|research\w*|asked (me )?how many)\b.{0,40}"
                r"\b(painless|least painful|(cant|can t|never) wake up|too many (sleeping )?pills|how many (sleeping )?pills|sleeping pills|way out|ways to go)\b")
# The painless thing named: teeth, a tattoo, a birth, a knee, an anaesthetic.
_PAINLESS_THING = regex(r"牙|根管|纹身|分娩|生孩子|麻药|智齿|打针|手术|脱毛|协商|还款|还(借呗|花呗|网贷|钱|债|贷)|借呗|花呗|贷款|注销|取消"
                        r"|\b(dentist\w*|dental|teeth|tooth|tattoo\w*|epidural|birth|labou?r|knee|hip|surgery|injection|waxing|pregnan\w*|anaesthe\w*|anesthe\w*|repay\w*|pay (it |them )?off|loans?|cancel\w*)\b")
# Last seen, or a location shown, at a bridge or water.
_LAST_SEEN = regex(r"(最后|定位|看见|看到|拍到|停在|出现)\S{0,12}(桥|江边|河边|海边|湖边)|(桥|江边|河边)\S{0,6}(站了|停着)"
                   r"|\b(last seen|last location|location (shows|is)|car (is )?parked|standing on)\b.{0,30}\b(bridge|river|cliff|pier)\b")
# A note left, or found where the other keeps their things (whoever finds it, the note is theirs).
_NOTE = regex(r"(留|写)(了|下)?(一)?(张|封)?(纸条|字条|信)|\b(left|wrote) (a|an|his|her) (\w+ )?(note|letter)s?\b|\bwrote (letters|notes)\b")
_NOTE_FOUND = regex(r"(他|她)的?(房间|桌|书包|抽屉|枕头|包)\S{0,6}(发现|找到|看到|翻到)\S{0,4}(一)?(张|封)?(纸|纸条|字条|信)"
                    r"|\bfound (a|an) (\w+ )?(note|letter) (in|on|under) (his|her)\b")
# Absent or silent after it (with kin_affairs' silence words), or a means beside the locked place.
_ABSENT = regex(r"没动静|不开门|(叫|喊|敲)\S{0,4}(也)?不(应|理|开|回应|答应)|不回应|没出来|没了消息|没上线|没去上课|不在家|没回来|人不见|冇人听"
                r"|\b(isnt|is not|not) (at )?home\b|\bno sound\b|\bthen nothing\b|\bhasnt been seen\b|\bwont answer\b|\bshes gone\b|\bhes gone\b|\bcurtains\b")
# "Not home" is no silence beside a locked place: the two contradict (review120 F3; kin_affairs' 人不在家 is blanked too).
_NOT_HOME = regex(r"(人)?不在家|\b(isnt|is not|not|wasnt) (at )?home\b|\baway on business\b")
# (mend127: a car left on in a garage, "车库里，车开着", "the engine on", whoever sits in it)
_MEANS_THERE = regex(r"发动着|没熄火|农药|煤|炭|尾气|车库.{0,10}车\S{0,2}(还|一直)?开着"
                     r"|\b(engine (is |still )?(running|on)|exhaust|car running|pesticide|charcoal)\b")
# (or an age between: "my 17 yo son", "my 16 year old daughter")
_OWNER_EN = r"|(?<=\bmy )\d+ ?(?:yo|y o|year old|years old|yr old) (?=\w)"
# 我 owning the one named after it, at a clause's start ("我高三的儿子", "我最好的朋友").
_OWNER = regex(r"^\s*我(?=[^\s我]{1,6}的(?:儿子|女儿|孩子|老公|老婆|丈夫|妻子|爸|妈|父亲|母亲|哥|姐|弟|妹|朋友|闺蜜|室友|同学|邻居|同事))"
               + _OWNER_EN)
# A clause that opens with the posting of words ("just posted sorry i disappointed everyone"): the I after it is the
# poster's quoted words, not the writer acting (English quotes are lost when folded).
_POSTED = regex(r"^\s*(?:\w+ ){0,2}?(?:posted|texted|wrote|messaged|typed|sent)\b.*$")
_QUOTED_I = regex(r"\b(?:i|im|ive|id|ill)\b")


# The writer named in a clause: the means in it may be the writer's own (F1 above).
# (its subject, at the start; perceiving the means is no holding it: "I can smell the exhaust", 我闻到)
_WRITER_NAMED = regex(r"^\S{0,2}?(?<![着对给让跟叫帮陪把被])我(?!(爸|妈|哥|姐|弟|妹|老公|老婆|儿子|女儿|家|们家))(?!\S{0,4}(闻|听|看|发现|感觉|觉得))"
                      r"|^(\w+ ){0,2}(i|im|ive|id|ill)\b(?! (can |could |just )?(smell|hear|see|saw|heard|smelled|smelt|notic\w*|found|think))")


# The writer perceiving the means from outside ("I can smell the exhaust", 我闻到尾气): the means is the other's.
_PERCEIVED = regex(r"闻到|听到|看到|\b(smell\w*|smelt|hear\w*|heard|see|saw|notic\w*)\b")


def _unquoted(match: re.Match[str]) -> str:
    """A posting clause without the I of its quoted words."""
    return _QUOTED_I.sub(" ", match.group())


# Others that others' subject reading does not list (a neighbour, a nephew, a step-parent, a grandchild): read here as
# a friend named, so the clause's actor is someone else.
_MORE_KIN = regex(r"(?:隔壁|楼下|楼上)?邻居(?:家)?(?:的)?(?:大哥|大姐|阿姨|叔叔|大爷|奶奶|爷爷|小孩|孩子)?|隔壁(?:的)?(?:大哥|大姐|阿姨|叔叔|大爷|奶奶|爷爷)"
                  r"|\b(?:my|our|the) (?:\w+ )?(?:nephew|niece|grandson|granddaughter|grandkid|grandchild|step ?(?:dad|father|mum|mom|mother|son|daughter)"
                  r"|neighbou?r|housemate|classmate|teenager|teen|boy|girl|old man next door|woman next door|lady next door|man next door)\b")


def _as_kin(match: re.Match[str]) -> str:
    """Another named whom others' subject reading does not list, as a friend named (see _MORE_KIN)."""
    return "朋友" if match.group()[0] > "\x7f" else "my friend"


# Everyday reasons told beside the signs: a reason that is not the debt, the sign's own ordinary occasion.
# (mend127, review120 F5: a reason that is itself despair, a failure or being tired or "done", explains nothing away)
_REASON = regex(r"(因为|原来|由于)(?![^，。,.!?！？]{0,20}(欠|债|贷|借呗|花呗|催收|还不|逾期|失败|破产|倒闭|累|撑不|压力|绝望|想不开|活|没意思|没希望|受不了))"
                r"|\b(because|cause) (?![^,.!?]{0,30}\b(debt|owe|loan|collector|jiebei|huabei|money|pay|done|tired|failed|fail|bankrupt|enough|hopeless|burden|cant (go on|cope|take))\w*\b)")
# (mend127, review120 F3: a quarrel, 吵完架 too, a game, a phone taken, reading, "the footy", a sulk left to cool off)
_OCCASION = regex(r"打碎|考试|没考好|迟到|加班|游泳|追剧|网课|上课说话|修|音乐|吵\S{0,2}架|烧烤|夜市|钓鱼|爬山|信号|没电|过年|过冬|回老家|婚礼|聚会|检查"
                  r"|借(了)?我|找我借|骗|跑路|老赖|欠我|移民"
                  r"|每次|一到|\b(broke|test|exam|late|swim\w*|motorbike|radio|music|break-?ins?|notifications|username|choir|retreat|flight|hik\w*"
                  r"|signal|market|fishing|party|wedding|mri|whenever|owes me|borrowed (\w+ )?from me|scam\w*|emigrat\w*|check-?up|outgrown"
                  r"|argu\w*|fight|fought|quarrel\w*)\b")
# Why someone is shut in their room, everyday: a game, a phone taken, reading, a headache, a sulk left to cool off (they
# explain the locked place only: "borrowed for gaming" beside an apology and silence explains nothing; mend127)
_IN_ROOM = regex(r"打游戏|玩游戏|收了(他|她)的手机|看书|头痛|头疼|睡(觉|一觉)|青春期|\b(gaming|video games?|took (his|her) (phone|console|switch|xbox)|typical teen\w*"
                 r"|reading|cool off|footy|sulk\w*|headache|migraine|nap\w*)\b")
# The debt told beside someone shut in and silent: the shut door is then no sulk (review120's "…wont answer … my debts").
_DEBT = regex(r"欠|债|网贷|借呗|花呗|催收|逾期|还不上|\b(debts?|owes?|owing|loans?|collectors?|jiebei|huabei)\b")
_DEBT_OR_WORRY = regex(r"欠|债|网贷|借呗|花呗|催收|逾期|还不上|怎么办|咋办|该怎么|我该|害怕|好怕|担心|吓|不对劲|心里发毛|慌"
                       r"|\b(debts?|owes?|owed|owing|loans?|collectors?|jiebei|huabei|worried|scared|afraid|help|please|what (do|should|can) i)\b")


def _kinds(text: str, before: str) -> set[str]:
    """The kinds of signs one folded clause tells (``before``: the clause before it)."""
    kinds = set()
    if _NOTE.search(text):
        kinds.add("note")
    if (_LEAVING.search(text) and not _ABOUT_THE_DEBT.search(f"{before} {text}")) or _FAREWELL.search(text):
        kinds.add("leaving")
    if _ENTRUST.search(text):
        kinds.add("entrust")
    if _KEYS.search(text) or _GIVEN.search(text) or is_act(text):
        kinds.add("given")
    if _GOING.search(text) and not _GOING_NAMED.search(text):
        kinds.add("going")
    if _LOCKED.search(text) or _SHUT_IN.search(text):
        kinds.add("locked")
    if _SEARCH.search(text):
        kinds.add("search")
    if _LAST_SEEN.search(text):
        kinds.add("last_seen")
    return kinds


def absent_signs(message: str, clauses: list[Clause], whose: Whose, gone: Callable[[str], bool],
                 ordinary: Callable[[str], bool]) -> set[int]:
    """The clauses telling someone else's signs of a farewell or preparation and then their absence (see the module
    doc), or none. ``gone`` is kin_affairs' silence reading of one folded sentence (its words, its everyday reasons);
    ``ordinary`` its everyday frames of a whole folded message (read without a going that names no place: "a long
    trip" is the sign, not the trip that explains)."""
    whole = fold_clause(message)
    if not _ANY.search(whole):
        return set()
    # Someone shut in with a means there is grave whatever reason or occasion is told beside it (review120 F5: "发动着车
    # 把自己关在车库里…因为生意失败了"); otherwise an everyday reason, occasion or frame leaves the message alone.
    grave = _SHUT_IN.search(whole) is not None and _MEANS_THERE.search(whole) is not None
    if not grave and (_REASON.search(whole) or _OCCASION.search(whole)):
        return set()
    # (a dormitory is where a student is, not a move into one as in affairs' frames)
    if not grave and ordinary((whole if _GOING_NAMED.search(whole) else _GOING.sub(" ", whole)).replace("宿舍", " ")):
        return set()
    texts = [fold_clause(clause.text) for clause in clauses]
    # (the writer named as the owner of the one who acts, "我高三的儿子", is no actor: others' subject reading takes the
    # 我 first; read without it)
    owned = [Clause(clause.start, clause.end, _MORE_KIN.sub(_as_kin, _POSTED.sub(_unquoted, _OWNER.sub("", clause.text)))) for clause in clauses]
    signed: dict[int, set[str]] = {}
    for i, text in enumerate(texts):
        # (a search split from its object, "还在网上查 | 哪种方法不痛", is read with the next clause)
        kinds = _kinds(text, texts[i - 1] if i else "") | ({"search"} if i + 1 < len(texts) and _SEARCH.search(f"{text} {texts[i + 1]}") else set())
        if kinds and whose(owned, i, message) == "other":
            signed[i] = kinds
        elif _NOTE_FOUND.search(text):
            signed[i] = {"note"}
    if not signed:
        return set()
    kinds = set().union(*signed.values())
    if "search" in kinds and any(_PAINLESS_THING.search(texts[i] if _SEARCH.search(texts[i]) else " ".join(texts[i:i + 2]))
                                 for i, found in signed.items() if "search" in found):
        kinds.discard("search")  # (the painless thing searched for, in the search's clause, or the next where it ends there)
    if not kinds:
        return set()
    means = _MEANS_THERE.search(whole) is not None
    # (mend127, review120 F3) A place locked counts beside a means there; otherwise only beside a second kind of sign or
    # the debt, and never with an everyday reason for a closed room (a game, a headache); never silence alone.
    locked = "locked" in kinds
    if locked and not means and (len(kinds) < 2 and not _DEBT.search(whole) or _IN_ROOM.search(whole)):
        kinds.discard("locked")
        if not kinds:
            return set()
    # (a silence told, in a sentence that does not explain it, and of someone other than the writer: "我不接任何人的电话了"
    # is the writer's own; beside a locked place "not home" is no silence, the two contradict)
    blank = (lambda text: _NOT_HOME.sub(" ", text)) if locked else (lambda text: text)
    sentences = [blank(fold_clause(part)) for part in raw_sentences(message)]
    silent = {i for i, text in enumerate(texts) if (_ABSENT.search(quiet := blank(text)) or gone(quiet))
              and whose(owned, i, message) != "self"}
    absent = (bool(silent) and any(_ABSENT.search(text) or gone(text) for text in sentences)) or ("locked" in kinds and means)
    concern = _DEBT_OR_WORRY.search(whole) is not None
    if not (absent or (concern and (len(kinds) >= 2 or "search" in kinds))):
        return set()
    marked = {i for i, found in signed.items() if found & kinds}
    if "locked" in kinds:  # (the means beside the other's locked place is theirs: "I can smell the exhaust")
        # (mend127, review120 F1: but not a means the writer holds, "我这边炭已经点上了", "I'm in my car with the engine
        # running": a clause whose actor is the writer, or that names 我/I, stays the writer's)
        marked |= {i for i, text in enumerate(texts) if _MEANS_THERE.search(text) and (_PERCEIVED.search(text) or (
                   whose(owned, i, message) != "self" and not _WRITER_NAMED.search(_POSTED.sub(_unquoted, text))))}
    return marked | silent


__all__ = ["absent_signs"]
