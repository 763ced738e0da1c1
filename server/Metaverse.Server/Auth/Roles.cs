namespace Metaverse.Server.Auth;

/// <summary>The roles a user logs in with (who may do what comes with the commands that need it).</summary>
public static class Roles
{
    /// <summary>Accepted role names, lower case; a token stores the index (so the order is part of the token format).</summary>
    public static readonly IReadOnlyList<string> All =
        ["operator", "engineer", "researcher", "trainer", "trainee", "clinician", "pharmacologist", "patient", "student", "admin"];

    public static int IndexOf(string role) => All.ToList().IndexOf(role);
}
