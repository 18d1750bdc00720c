"""The writer at a height, a window or water, told as a scene with the writer's state (emoji114, issue 12, Round 84).

Independent sets missed crises told with no word of dying or wanting to: sleepless nights and a window left open with
"it's quiet down there", standing on a bridge while the collectors' calls go on and the water "looks calm", sitting on a
rooftop's edge numb. edges.py reads a PULL at such a place (an urge, the fall pictured); this reads the SCENE itself:

- **where**: the writer at an edge, a height or water (a sill, a balcony, a rail, a rooftop, a bridge, a riverbank, a
  pier, a cliff, a window left open);
- **and at least two of**: the writer's STATE (days without sleep, numb, empty, nothing felt, too tired, not answering),
  attention drawn BELOW (looking down, "down there", the water, the street far away, legs over the side, shoes taken
  off, "it's calling me"), and the PRESSURE of the debt (the calls, the texts, overdue, 还不上);
- **and no everyday frame** in the message: a chore or an errand there (scenes.CHORES: drying laundry, a smoke, fishing,
  a walk, a sunset), joy in a view or a trip (a hotel, a holiday, photos), work or safety at a height (cleaning windows,
  a harness, a safety net for a child), a pet, homework, a story.

The place alone, or one of the three beside it, is not read ("在海边度假，听着浪声睡不着" is a holiday, "熬夜加班，站在
窗边喝咖啡看日出" a morning). Only ADDS a crisis (cue "perched"); it hides nothing any other reader found.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause
from .scenes import CHORES, PLACE_EN, WINDOW_EN

_AT_ZH = (r"窗台|窗边|窗沿|窗户\S{0,3}(开着|打开|开了|推开)|(打开|推开|开着|拉开)\S{0,3}窗|窗开着|阳台|栏杆|护栏|天台|楼顶|顶楼|屋顶"
          r"|桥上|大桥|天桥|桥边|桥头|江边|河边|海边|湖边|水库|崖边|悬崖|铁轨|码头")
_AT_EN = rf"\b({PLACE_EN})\b|{WINDOW_EN}|\bwindow(s| is)? (wide )?open\b|\bopen window\b"
_AT = regex(rf"{_AT_ZH}|{_AT_EN}")

_STATE = regex(r"([0-9一二三四五六七八九十两几]+)(天|夜|晚|个晚上|个通宵)(都)?没(睡(?!好)|合眼)|没合眼|一夜没睡(?!好)|整夜|睡不着|失眠|麻木|空空|感觉不到|没(有)?感觉"
               r"|什么都不想|不怕了|好累|太累|累了|撑不住|不想接|不想管|无所谓|嗡嗡"
               r"|\b(no sleep|havent slept|hadnt slept|not slept|without sleep|cant sleep|couldnt sleep|night awake|nights awake"
               r"|awake all night|numb|exhausted|cant feel|dont feel anything|doesnt feel real|dont feel real|doesnt matter"
               r"|nothing matters|so tired|tired of|empty inside|not answering)\b")
_BELOW = regex(r"往下看|低头看|下面|底下|楼下|水面|水(很|看起来|挺)|江水|河水|海水|在叫我|叫我下|脱了鞋|鞋脱|腿(已经)?湿|悬在|翻过|边上坐|坐在\S{0,4}边上"
               r"|\b(down there|below|look\w* down|the street|the water|the tracks|the sea|the river|legs over|over the side|calling me"
               r"|far away|quiet down|so quiet|looks (soft|calm|peaceful|inviting))\b")
_PRESSURE = regex(r"催收|电话\S{0,4}(响|打|震)|短信|还不上|还不起|欠了|逾期"
                  r"|\b(calls|texts|buzzing|collectors?|overdue|owe|debts?|cant pay)\b")
# Work, a party or a swim there, a practical question about the loan, a joke, a class or a story: being there is
# explained, whatever else is told ("我是保安，晚上在水库值夜…", "went swimming in the river, so tired…"; mend129).
_FRAME = regex(r"出租|网约车|滴滴|等客|拉客|司机|夜班|值班|值夜|保安|巡逻|堵着|加班|公司|方案|派对|喝多了|游泳|开玩笑|说着玩|贴膜"
               r"|作业|物理|小说|电影|视频|想问|问下|问一下|请问|算不算|能不能跟|怎么跟|协商"
               r"|\b(taxi|cab|driver|night shift|on shift|on duty|rideshare|guard|security|patrol\w*|swim\w*|party|drunk"
               r"|jok\w+|kidding|homework|physics|novel|movie|film|video|lol|haha\w*|how do i|can they|is it legal|legally)\b")
# A pastime or relief there (stars, tea, the weather, a view, a trip, a walk to clear one's head): explains the scene
# only when the writer's state, the look below and the debt's pressure are not ALL told ("坐在阳台上喝了点茶，三天没睡，往下
# 看楼下，欠了二十万还不上" is no tea break). No pet (giving one away is a warning sign) and no 开心 inside 不开心 (mend129).
_PASTIME = regex(r"看(星星|月亮|夜景|烟花|日出|日落)|星空|茶|咖啡|下雨|雨下|漏雨|漏水|台风|淹|好多了|好些了|舒服多了|散心|风景|好美|太美"
                 r"|拍照|打卡|朋友圈|度假|旅游|酒店|民宿|放松|(?<!不)开心|哈哈|擦玻璃|清洁|安全|防护|装修"
                 r"|\b(walk\w*|felt (much |a lot |a bit )?better|feel (much |a lot |a bit )?better|stars|moon|fireworks|tea|coffee"
                 r"|storm|flood\w*|view|photos?|holiday|vacation|hotel|resort|trip|relax\w*|lovely|beautiful|amazing|fun|clean\w*"
                 r"|harness|safety)\b")
_OPEN_EDGE = regex(r"窗户\S{0,3}(开着|打开|开了|推开)|(打开|推开|开着|拉开)\S{0,3}窗|窗开着|窗台|窗沿|栏杆|护栏|天台边|楼顶边"
                   r"|\b(window(s| is)? (wide )?open|open window|ledge|railing)\b")
# A walk (scenes.CHORES holds it): a pastime, not an errand ("took a walk to the river, havent slept … i owe too much").
_WALK = regex(r"散步|散了\S{0,6}步|\b(a|for a|my) walk\b")


def perched(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses of a scene at an edge, a height or water told with the writer's state (see the module doc)."""
    folded = fold_clause(message)
    if _AT.search(folded) is None:
        return set()
    # The look down is what makes it a scene (mend129); a window left open or a ledge is itself that edge when the writer's
    # state and the debt's pressure are both told ("三天没睡了 … 窗户开着 风好大 借呗又来短信了"), water is not (a swim).
    looks_down = _BELOW.search(folded) is not None
    below = looks_down or _OPEN_EDGE.search(folded) is not None
    told = (_STATE.search(folded) is not None) + looks_down + (_PRESSURE.search(folded) is not None)
    if not below or told < 2 or _FRAME.search(folded) is not None or CHORES.search(_WALK.sub(" ", folded)) is not None:
        return set()
    if told < 3 and (_PASTIME.search(folded) is not None or _WALK.search(folded) is not None):
        return set()
    return {i for i, clause in enumerate(clauses) if _AT.search(clause.text) or _BELOW.search(clause.text)
            or _STATE.search(clause.text)}
