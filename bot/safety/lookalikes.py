"""Everyday wording that shares the surface of a farewell (issue 12, safe40): a goodbye said to a city, read
by the cues it tripped as a reason in their own window or sentence only (despair.py's place cue, arranged.py's
cover story, despair_en.py's goodbyes). A goodbye to the world, to everyone or to one's family is never a
city's: "跟这座城市说再见，也跟这个世界说再见" keeps its second goodbye, read by its own cue.

(Chinese city names are matched after folding, which writes a few of them, 上海 and 珠海 among them, as 某地;
clauses.fold_clause.)
"""

from __future__ import annotations

CITY_ZH = (r"北京|上海|广州|深圳|杭州|武汉|成都|重庆|南京|西安|长沙|苏州|天津|厦门|青岛|大连|昆明|郑州|合肥|福州|济南|沈阳"
           r"|哈尔滨|南昌|贵阳|南宁|兰州|宁波|无锡|东莞|佛山|温州|石家庄|太原|长春|乌鲁木齐|呼和浩特|拉萨|西宁|银川|三亚|某地")
# A goodbye to a city or "this city" (跟武汉说再见, 和这座城市告别, 告别了杭州), not to the world or to people.
CITY_GOODBYE_ZH = (rf"(跟|和|向|对)(这座城市|这个城市|这座城|{CITY_ZH})(说)?(了)?(一声|声)?(再见|告别|道别|说再见)"
                   rf"|(告别|道别|再见)(了)?(这座城市|这个城市|这座城|{CITY_ZH})")
CITY_EN = (r"beijing|shanghai|guangzhou|shenzhen|hangzhou|wuhan|chengdu|chongqing|nanjing|xian|changsha|suzhou|tianjin|xiamen"
           r"|qingdao|dalian|kunming|zhengzhou|hefei|fuzhou|jinan|shenyang|harbin|ningbo|hong kong|macau|london|new york|singapore"
           r"|the city|this city|the town|this town")
# "said goodbye to Chengdu", "a farewell to the city", "my last night in Shenzhen": a move or a trip.
CITY_GOODBYE_EN = rf"\b((say|said|saying|says) goodbye to|(bid|bade|bidding) farewell to|farewell to|goodbye to|last night in) ({CITY_EN})\b"

__all__ = ["CITY_EN", "CITY_GOODBYE_EN", "CITY_GOODBYE_ZH", "CITY_ZH"]
