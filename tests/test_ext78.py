"""Events in made-up sentences in the shapes ext78 read off the even halves of bench/real_events.py (session 48): a name
inside a book's title (《甲文集》出版座谈会) or one a thing is named for (甲学术讲座, 乙文学奖) is no participant; a
speaker's label opening a sentence (甲：乙队和丙签订了…) reports, takes no part, unless the speech is the speaker's own
(我们); a 参观团 met is the guest of the talks, no inspection, its leader a participant; a visit the writer made
(记者…参观了, 我们参观访问了) is no event. Near-misses keep what main gave."""

import pytest
from kgqa.extract import extract_page


def _events(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.kind, list(e.participants), e.location) for e in extract_page(text).events]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # 1. a name in a book's title: no participant
        pytest.param(
            "副总理李国华出席《王建民文集》出版座谈会。",
            [("meeting", ["李国华"], None)],
            id="book-title-name",
        ),
        # 2. a name a thing is named for: no participant
        pytest.param(
            "第一届王建民学术讲座今天在青岚大学举行，校长李国华主持。",
            [("meeting", ["李国华"], "青岚大学")],
            id="lecture-named-for",
        ),
        pytest.param(
            "王建民文学奖颁奖大会今天在青岚市举行，李国华出席。",
            [("award", ["李国华"], "青岚市")],
            id="prize-named-for",
        ),
        # near-miss: the person then a verb of rewarding (奖励) is not a name of a prize
        pytest.param(
            "有关部门奖励徐柏玉３０万元。",
            [("award", ["徐柏玉"], None)],
            id="near-miss-reward-verb",
        ),
        # 3. a speaker's label opening the sentence: who reports, no participant
        pytest.param(
            "王建民：星河队刚刚和主帅柯文达签订了续约合同，媒体认为这有助于球队走出低谷。",
            [("signing", ["柯文达"], None)],
            id="speaker-label-signing",
        ),
        pytest.param(
            "王建民：本月最佳教练已经评出，星河队主帅柯文达光荣当选。",
            [("award", ["柯文达"], None)],
            id="speaker-label-award",
        ),
        pytest.param(
            "市长王建民：上月18日，青岚市税务局与星河银行签署了银税合作协议。",
            [("signing", [], None)],
            id="speaker-label-with-title",
        ),
        # near-miss: the speech tells the speaker's own
        pytest.param(
            "王建民：我们今天和星河银行签署了合作协议。",
            [("signing", ["王建民"], None)],
            id="near-miss-speaker-label-own",
        ),
        # 4. a 参观团 met: the guest of the talks, its leader a participant, no inspection
        pytest.param(
            "国防部长柏松年今天会见了由星河国陆军副司令柯文达率领的星河国军事友好参观团。",
            [("talks", ["柏松年", "柯文达"], None)],
            id="visiting-group-met",
        ),
        # near-miss: a 代表团 met (main gave this already)
        pytest.param(
            "国防部长柏松年今天会见了由星河国陆军副司令柯文达率领的星河国政府代表团。",
            [("talks", ["柏松年", "柯文达"], None)],
            id="near-miss-delegation-met",
        ),
        # 5. a visit or an inspection made by the writer: no event of the news
        pytest.param(
            "不久之前，记者与几位外国同行一起，参观了这家位于城东的著名啤酒厂。",
            [],
            id="writer-visit-with-colleagues",
        ),
        pytest.param(
            "去年底的一天，我们参观访问了这所公学。",
            [],
            id="writer-we-visited",
        ),
        # near-miss: the writer only tells where the news came from
        pytest.param(
            "记者从市外事办获悉，王建民一行昨天参观了青岚啤酒厂。",
            [("inspection", ["王建民"], None)],
            id="near-miss-writer-source",
        ),
    ],
)
def test_who_takes_part(text: str, events: list[tuple[str, list[str], str | None]]) -> None:
    assert _events(text) == events
