from neuralux.commands import policy


def test_dangerous_never_runs_on_enter_and_needs_yes() -> None:
    assert not policy.enter_may_execute("dangerous")
    assert policy.enter_may_execute("caution") and policy.enter_may_execute("safe")
    assert policy.typed_confirmation("dangerous") == "yes"
    assert not policy.confirmation_accepted("dangerous", "y")
    assert not policy.confirmation_accepted("dangerous", "")
    assert policy.confirmation_accepted("dangerous", "yes")
    assert policy.confirmation_accepted("caution", "")
