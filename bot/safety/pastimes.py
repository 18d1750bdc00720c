"""Games, sports matches and pastimes, whose words share the surface of a crisis or of abusive collection (issue 12,
safe49): read on the matched words only, never on the whole message.

- A death IN a game: "这局我死了十次", "排位输了一晚上 我已经死了", "bro I'm dead, got one-tapped again", "I died like ten
  times, this lag": the words of the death are blanked (``game_deaths``, hooked into idioms.played) when the message
  names a game or a match before them or in their window, and the message says nothing that would mean it (a wish,
  a plan, a means, the debt too heavy to live with: _MEANT_ZH, idioms' _MEANT). "打游戏输了都不算什么 真正让我想死的是
  欠了二十万" keeps its 想死 (never masked here); "这局又死了 说真的我不想活了" keeps every word (a wish named).
- Being beaten in a game (被对面打爆, 团战被打爆): abuse's ``calls`` cue reads 打爆 as a phone blasted with calls;
  next to a game word in its own clause or the one before, and no phone, call, collector or contact named there, it
  is the match (``game_beaten``, abuse._discounted's hook).
- A farewell to a pastime or a habit, not to people or the world (永别了外卖, 告别王者荣耀, 跟熬夜说再见): blanked as an
  idiom (``FAREWELL_TO_PASTIME``, in idioms.IDIOMS); only the goodbye and its object, so a goodbye to the world in the
  same sentence ("永别了王者荣耀 也永别了这个世界") keeps its own words and cue.
"""

from __future__ import annotations

import re

from ..patterns import regex

# Words that name a game, a match or playing one (zh, folded; en, folded to lower case, no apostrophes).
_GAME_ZH = (r"游戏|王者|吃鸡|开黑|段位|上分|排位|掉分|队友|对面|落地成盒|送人头|人头|副本|打团|团战|这局|上一把|下一把|一局|"
            r"对局|匹配|复活|爆头|补刀|打野|中单|辅助|boss|手游|网游|英雄联盟|原神|和平精英|球赛|比赛|输了\S{0,4}(局|把|场|盘)|卡顿|掉线|延迟|网卡")
_GAME_EN = (r"\b(game|games|gaming|ranked|match|matches|round|rounds|lag|laggy|ping|boss|respawn\w*|teammates?|squad|noob|one.?tapped|headshot\w*"
            r"|sniped|lobby|matchmaking|fps|controller|console|raid|feeding|mobile legends|valorant|fortnite|pubg|dota|league)\b")
_GAME = regex(rf"{_GAME_ZH}|{_GAME_EN}")

# The death in a game: the writer dead (again, already, N times, killed by someone), nothing wished or planned.
# (not 要死了, 快死了, 想死: a wish or a fear, not a death in the game; round 18's 天天喊着我要死了 keeps its check-in)
_GAME_DEATH_ZH = regex(r"我?(又|都|已经|直接|又一次|再次)*(被\S{0,6}(打|杀|秒|干|爆头|击杀))?(?<![要快想会该去])死了(好|十|几|[0-9一二三四五六七八九十]+)*(次|回|遍)?(?![想去]|也|都)")
_GAME_DEATH_EN = regex(r"\b(im|i am) (so |literally |totally |already )?dead\b(?! (inside|to (the|this) world|serious|for real))"
                       r"|\bi (just )?(died|keep dying|kept dying)( (like |about )?([0-9]+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred) times)?\b")
# What would make the same words meant: a wish, a plan, a means, an end, life weighed against the debt (zh). English
# uses idioms._MEANT (read by the caller's module).
_MEANT_ZH = regex(r"想死|不想活|活不下去|活着|自杀|轻生|结束自己|了结|解脱|遗书|遗言|药|跳(楼|河|江|海|桥|下)|割腕|真的死|真死|说真的|认真的|现实"
                  r"|还不上|还不起|没法活|撑不下去|不如死|去死|死了算|死了就|死了也好|死了干净")

# A goodbye said to a pastime or a habit (zh): an app, a game, a show, takeaway, staying up, shopping on credit.
_PASTIME_ZH = (r"(我的)?(王者荣耀|王者|吃鸡|原神|英雄联盟|游戏|手游|网游|账号|微博|抖音|快手|小红书|朋友圈|b站|论坛|贴吧|饭圈|追星|直播间"
               r"|外卖|奶茶|咖啡|烟|酒|熬夜|夜宵|网购|剁手|超前消费|信用卡|月光|单身|学生时代|宿舍|出租屋|旧手机|旧电脑|这部手机|这台电脑)")
FAREWELL_TO_PASTIME = (rf"(永别|告别|再见|拜拜)(了|吧|啦)?\s?{_PASTIME_ZH}(?!\S{{0,4}}(世界|人间|大家|所有人|你们|这辈子))"
                       rf"|(跟|和|向|对){_PASTIME_ZH}(说)?(一声|声)?(永别|告别|再见|拜拜)(了|吧|啦)?")

_CALLS_NAMED = regex(r"电话|手机|短信|微信|打给|催收|催债|讨债|联系人|通讯录|家人|爸|妈|同事|单位|公司|\b(phone|call\w*|text\w*|collectors?)\b")


_AFTER = 60  # a game named just after the death ("I'm dead, got one-tapped again") is its setting too


def game_deaths(window_text: str, whole: str) -> str:
    """The window with a death in a game blanked (see the module docstring): a game named in the window, earlier in
    the message (``whole``, folded) or just after, and neither the window nor the message saying anything that would mean it."""
    english = window_text.isascii()
    death = _GAME_DEATH_EN if english else _GAME_DEATH_ZH
    if not death.search(window_text):
        return window_text
    from .idioms import MEANT  # (idioms imports this module for FAREWELL_TO_PASTIME)
    if (MEANT if english else _MEANT_ZH).search(whole):
        return window_text
    at = whole.find(window_text)
    near = whole[:at] + " " + whole[at + len(window_text):at + len(window_text) + _AFTER] if at >= 0 else ""
    if not _GAME.search(window_text) and not _GAME.search(near):
        return window_text
    return death.sub(" □ ", window_text)


def game_beaten(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether abuse's ``calls`` match is 打爆 said of a game (the window ``text`` with the clause before, ``context``,
    naming a game and no phone, call, collector or contact): abuse._discounted's hook."""
    if name != "calls" or "打爆" not in match.group(0):
        return False
    return _GAME.search(context) is not None and _CALLS_NAMED.search(context) is None


__all__ = ["FAREWELL_TO_PASTIME", "game_beaten", "game_deaths"]
