"""Matrix products of the model's dense layers through numpy's BLAS, on one thread.

thinc's CPU backend (``NumpyOps``) computes every dense layer's product (``ops.gemm``: the
maxout layers of each token-to-vector encoder, the parser's and the entity recognizer's
precomputed hidden layer, the tagger's output) with BLIS. For the shapes of a small spaCy
model (some thousands of tokens by 288 inputs by 288 outputs) the OpenBLAS that numpy ships
does the same products in about half the CPU time; a whole ``nlp.pipe`` of
``en_core_web_sm`` took 7.7 CPU s instead of 10.9 on 200 generated articles (2026-12-06,
this 2-core machine).

``speed_up_gemm(nlp)`` gives every layer of every component whose backend is thinc's plain
``NumpyOps`` a ``MatmulOps`` (the same class but for ``gemm``), and limits the BLAS libraries
of this process to one thread: OpenBLAS's own threads spin while they wait and took more CPU
than they saved (13.1 CPU s on the same 200 articles), and a pipeline already runs one
process per core when it runs in parallel. Other backends (a GPU's, Apple's) are left alone.

The products are the same sums taken in another order, so a score can differ from BLIS's in
its last bits; ``tests/parse/test_fast_components.py`` checks that every token's tag, head,
dependency and entity is the plain model's on the sample corpus and generated articles, and
the stores of the sample corpus and 300 generated articles were the same with and without it
(``store/compare.store_differences``). The setting ``fast_components = false`` turns it off.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits


class MatmulOps(NumpyOps):
    """thinc's ``NumpyOps`` with ``gemm`` done by ``numpy.matmul`` (numpy's BLAS)."""

    def gemm(
        self,
        x: Any,
        y: Any,
        out: Any | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def speed_up_gemm(nlp: Language) -> int:
    """Give the plain-numpy layers of ``nlp``'s components ``MatmulOps``; how many were."""
    ops = MatmulOps()
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
                changed += 1
    if changed:
        threadpool_limits(limits=1, user_api="blas")
    return changed
