from briefing.merge import merge_facts
from briefing.models import Evidence, Fact


def fact(fid: str, statement: str, source: str, salience: float = 0.0) -> Fact:
    return Fact(
        id=fid,
        statement=statement,
        salience=salience,
        evidence=[Evidence(source=source, start=0, end=len(statement), quote=statement)],
    )


def test_the_same_statement_from_two_sources_becomes_one_fact_citing_both() -> None:
    merged = merge_facts(
        [
            fact("a", "Rutte meets Trump.", "a.txt", 0.2),
            fact("b", "Other news.", "a.txt"),
            fact("c", "rutte  meets TRUMP.", "b.txt", 0.9),
        ]
    )
    assert [f.id for f in merged] == ["a", "b"]
    assert [e.source for e in merged[0].evidence] == ["a.txt", "b.txt"]
    assert merged[0].salience == 0.9
