"""Question answering over the graph: Chinese template questions -> SPARQL with bound variables.

Templates are data (templates.yaml), and so is the cue lexicon (cues.yaml); both are checked at import.
A question is cleaned and the graph's names (labels, aliases, short forms, "organisation + title" post
names, places written without their level, informal post words such as 老板) are found in it with an
Aho-Corasick automaton; each becomes a typed mention. The template is then chosen by evidence
(select.py): the slots its mentions can fill, the answer type its question words ask for (谁 a person,
哪家 an organisation, 哪天 a date) and its relation cue words (主持, 签约, 职务); the best-scoring
template that has all its slots wins, and templates within a margin that disagree are offered as
candidates, never guessed between. Events, agreements and articles are found from the words the
question uses for them (bigram overlap, the entities and places they involve; a fact that says it in
its own words beats one whose article merely contains them). Every slot reaches SPARQL as an IRI
constant the index holds and that passes a strict pattern (see execute.py for why constants); user text
never does. Ambiguous mentions or facts give candidates, not a guess; so do answers whose number
contradicts the question (哪三大产业 with four) and questions asking two things at once; nothing
matching gives a message and suggested templates.

API (used by the CLI and the web front end):

- ``QuestionAnswerer(kg)`` — build over a ``KnowledgeGraph`` (KnowledgeGraph.ask rebuilds it when
  ``kg.generation`` changes).
- ``.answer(question: str) -> Answer`` — ``Answer.to_json()`` is ``{"question", "template", "sparql",
  "answers": [{"label", "iri", "sources": [{"article", "title", "sentence"}]}], "message"?,
  "candidates"?: [{"label", "iri", "kind"}], "bindings"?: {var: iri}, "suggestions"?: [{"id", "title",
  "example"}], "truncated"?: true, "parts"?: [an Answer JSON each]}``; "parts": a question asking two things of
  one entity (甲担任什么职务，在哪个单位), each ask's answer in order, the top keys the first's; a candidate of kind "template" names a template (iri = its id); a post answer also has "title" and "org", a body of a person's several (甲是哪个单位的人) "held" (its titles), an amount "value"
  (normalised, CNY); dates are ISO; "truncated" when a template's row limit cut the answers.
- ``.templates() -> list[dict]`` — ``{"id", "title", "family", "slots": [{"name", "type", "optional"}],
  "examples"}`` for the template picker.
- ``.answer_template(template_id, slots: dict[str, str]) -> Answer`` — slots given as IRIs or names
  (a post slot as written, e.g. "长治市市长"; event/agreement/article slots by IRI or description).
- ``.suggest(prefix, limit=10) -> list[dict]`` — ``{"label", "iri", "kind"}`` for entities whose names
  start with ``prefix`` (kind: person, organisation, zone, place, industry, title) and templates
  (kind "template", iri = template id).

    >>> from kgqa.kg.graph import KnowledgeGraph
    >>> qa = QuestionAnswerer(KnowledgeGraph.open("memory:"))
    >>> qa.answer("").to_json()["answers"]
    []
"""

from .engine import Answer, QuestionAnswerer
from .select import check_templates, load_lexicon
from .templates import Template, TemplateError, load_templates

# parsed and validated at start-up: a broken templates.yaml or cues.yaml fails here, by name
check_templates(load_templates(), load_lexicon())

__all__ = ["Answer", "QuestionAnswerer", "Template", "TemplateError", "load_templates"]
