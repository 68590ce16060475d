"""The pipeline refuses step names it cannot run as asked: unknown, repeated, or held by two functions."""

from __future__ import annotations

import pytest
from kgqa.extract import DEFAULT_STEPS, Doc, Pipeline, StepError, extractor
from kgqa.extract.pipeline import REGISTRY

BAD = [
    pytest.param(["segment", "sentense"], "unknown step 'sentense'", id="misspelt-step"),
    pytest.param(["segment", "sentences", "segment"], "step 'segment' is named twice", id="repeated-step"),
    pytest.param([*DEFAULT_STEPS, "resolve"], "step 'resolve' is named twice", id="default-plus-repeat"),
    pytest.param(["honours"], "unknown step 'honours'", id="step-never-registered"),
]


@pytest.mark.parametrize("names,message", BAD)
def test_unknown_or_repeated_step_names_are_an_error(names, message):
    with pytest.raises(StepError, match=message):
        Pipeline(names)


def test_the_default_pipeline_runs_every_default_step_in_order():
    assert Pipeline().names == list(DEFAULT_STEPS)


def test_a_step_name_taken_by_another_function_is_an_error():
    Pipeline()  # the real steps are registered
    with pytest.raises(StepError, match="step 'segment' is registered twice"):

        @extractor("segment")
        def segment(doc: Doc) -> None:  # noqa: F811 - a second function under a taken name
            """Not the segment step."""

    assert REGISTRY["segment"].__module__.endswith("extract.segment")


def test_a_pipeline_of_known_steps_runs():
    doc = Doc(text="本报讯 3月1日，青岚市召开会议。")
    Pipeline(["segment", "sentences"])(doc)
    assert len(doc.facts.articles) == 1 and doc.sent_spans


def test_doc_declares_what_steps_pass_on():
    """Doc has no catch-all dict: every field is declared with a type other than a bare dict."""
    import dataclasses

    fields = {f.name: str(f.type) for f in dataclasses.fields(Doc)}
    assert "scratch" not in fields
    assert all(t not in ("dict", "Any", "object") for t in fields.values()), fields
    assert {
        "body_maps",
        "sent_spans",
        "year",
        "article_place",
        "article_ref",
        "orgs",
        "zone_mentions",
        "scenes",
        "agreement_sites",
        "memo",
    } <= set(fields)
