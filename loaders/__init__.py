"""Turn documents into graph fragments: ``load_file(path) -> Fragment``.

>>> from loaders import load_text
>>> load_text("衢州市民政局印发2019年全市民政工作要点。", "demo.txt").document.properties["place"]
'衢州市'
"""
from loaders.metadata import read_index
from loaders.pipeline import document_id, load_file, load_text

__all__ = ["load_file", "load_text", "read_index", "document_id"]
