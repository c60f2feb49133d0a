#!/usr/bin/env python3
"""The same work as `cdstudy render STUDY --format html`, done the way a consultant's
script would: PyYAML with its C loader, a check that every reference names an item,
the budget totalled from the action plan, and an HTML report through Jinja2.

    python3 benches/python_pipeline.py STUDY.yaml OUT.html

benches/compare.py runs it against cdstudy in paired runs.
"""
import sys

import jinja2
import yaml

TEMPLATE = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<h1>{{ title }}</h1>
<p>{{ cluster.name }}, {{ cluster.district }}, {{ cluster.state }}</p>
<h2>Problems found</h2>
<ul>{% for p in problems %}<li>{{ p }}</li>{% endfor %}</ul>
<h2>Stakeholders</h2>
<table>{% for s in study.stakeholders %}<tr><td>{{ s.id }}</td><td>{{ s.name }}</td><td>{{ s.role }}</td></tr>{% endfor %}</table>
<h2>Value chain</h2>
{% for s in study.value_chain.stages %}<h3>{{ s.id }} {{ s.name }}</h3><p>{{ s.activities }}</p><p>{{ s.issues }}</p>{% endfor %}
<h2>Bottlenecks</h2>
<table>{% for b in study.bottlenecks %}<tr><td>{{ b.id }}</td><td>{{ b.title }}</td><td>{{ b.stage }}</td><td>{{ b.severity }}</td><td>{{ b.evidence }}</td><td>{{ b.root_cause }}</td></tr>{% endfor %}</table>
<h2>Themes</h2>
{% for t in study.themes %}<h3>{{ t.id }} {{ t.title }}</h3><p>{{ t.objective }}</p><p>Addresses {{ t.addresses | join(", ") }}</p>{% endfor %}
<h2>Action plan</h2>
<table>{% for a in actions %}<tr><td>{{ a.id }}</td><td>{{ a.title }}</td><td>{{ a.theme }}</td><td>{{ a.responsible }}</td><td>{{ "{:,}".format(a.total) }}</td></tr>{% endfor %}
<tr><td colspan="4">Total</td><td>{{ "{:,}".format(budget) }}</td></tr></table>
<h2>Indicators</h2>
<table>{% for k in study.indicators %}<tr><td>{{ k.id }}</td><td>{{ k.name }}</td><td>{{ k.unit }}</td><td>{{ k.source }}</td></tr>{% endfor %}</table>
<h2>Interviews</h2>
{% for i in study.field_work.interviews %}<h3>{{ i.id }} {{ i.unit }}</h3><p>{{ i.problems }}</p>{% endfor %}
</body></html>
"""


def ids(items):
    return {i.get("id") for i in items or []}


def cost_of(cost):
    if cost is None:
        return 0
    if isinstance(cost, (int, float)):
        return int(cost)
    return sum(int(line.get("quantity") or 0) * int(line.get("unit_cost_rs") or 0)
               for line in cost)


def main():
    path, out = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        study = yaml.load(f, Loader=yaml.CSafeLoader)

    stakeholders = ids(study.get("stakeholders"))
    stages = ids(study["value_chain"].get("stages"))
    bottlenecks = ids(study.get("bottlenecks"))
    themes = ids(study.get("themes"))
    indicators = ids(study.get("indicators"))
    problems = []

    def ref(where, value, known):
        if value and value not in known:
            problems.append(f"{where}: {value} names no item")

    for v in study["field_work"].get("visits") or []:
        for m in v.get("met") or []:
            ref(v["id"], m, stakeholders)
    for i in study["field_work"].get("interviews") or []:
        for b in i.get("bottlenecks") or []:
            ref(i["id"], b, bottlenecks)
    for link in study["value_chain"].get("links") or []:
        ref("link", link.get("from"), stages)
        ref("link", link.get("to"), stages)
    for b in study.get("bottlenecks") or []:
        ref(b["id"], b.get("stage"), stages)
    for t in study.get("themes") or []:
        for b in t.get("addresses") or []:
            ref(t["id"], b, bottlenecks)
    actions = []
    for a in study["action_plan"].get("actions") or []:
        ref(a["id"], a.get("theme"), themes)
        for k in a.get("indicators") or []:
            ref(a["id"], k, indicators)
        actions.append(dict(a, total=cost_of(a.get("cost"))))
    budget = sum(a["total"] for a in actions)

    env = jinja2.Environment(autoescape=True)
    html = env.from_string(TEMPLATE).render(
        study=study, cluster=study["cluster"], title=study["meta"]["title"],
        lang=study["meta"].get("language") or "en", problems=problems,
        actions=actions, budget=budget)
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
