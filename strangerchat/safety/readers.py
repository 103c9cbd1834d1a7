"""Who read a message or a chat as a risk: the rules, or the small classifier beside them.

Kept in records and reports, so that a moderator answering an appeal can name a rule's reading,
while a classifier gives only a score.
"""

from __future__ import annotations

from typing import Literal

Reader = Literal["rules", "classifier"]
RULES: Reader = "rules"
CLASSIFIER: Reader = "classifier"  # the classifier did and the rules did not
