"""kgqa: knowledge-graph question answering for Chinese local-government and economic news."""

__version__ = "0.1.0"
