using System.Numerics;
using Metaverse.ClientXr.Content;
using Metaverse.ClientXr.Content.Organs;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// The patient room: a translucent body with its organs coloured by the room's first patient twin's per-organ
/// drug concentrations (PBPK channels <c>organ.&lt;tissue&gt;.concentration</c>, mg/L), and a panel with the plasma
/// concentration curve and dosing controls. Without a patient the panel offers to create one.
/// </summary>
internal sealed class PatientRoom
{
    /// <summary>Where the body stands (feet), facing +z toward the room's viewpoint.</summary>
    public static readonly Vector3 BodyAt = SceneLayout.PatientCentre + new Vector3(-0.3f, 0f, 0f);

    public static readonly Matrix4x4 Panel = Matrix4x4.CreateTranslation(SceneLayout.PatientCentre + new Vector3(0.3f, 2.1f, -0.2f));

    public static readonly Vector2 PanelSize = new(1.9f, 1.9f);

    public const string CreateLabel = "Create a patient (70 kg, 45 y)";

    private readonly float[] _chart = new float[300];
    private float _doseMg = 500f;
    private bool _oral = true;

    public void Frame(WorldContext world, DrawList list)
    {
        var patient = world.TwinOfKind("patient");
        var organs = ContentLibrary.Organs;
        var body = Matrix4x4.CreateTranslation(BodyAt);
        var scale = HighestOrganConcentration(world, patient, organs);
        foreach (var organ in organs.Organs)
        {
            var colour = OrganColors.For(organ.Color, world.Value(patient, organ.ConcentrationChannel), scale);
            list.Mesh(organ.Mesh, Matrix4x4.CreateTranslation(organ.Position) * body, colour);
        }

        list.Mesh(organs.Body, body, OrganSet.BodyColor);
        DrawPanel(world, patient, scale);
    }

    private static float HighestOrganConcentration(WorldContext world, string? patient, OrganSet organs)
    {
        var highest = 0f;
        foreach (var organ in organs.Organs)
        {
            var value = world.Value(patient, organ.ConcentrationChannel);
            highest = float.IsNaN(value) ? highest : Math.Max(highest, value);
        }

        return highest;
    }

    private void DrawPanel(WorldContext world, string? patient, float scale)
    {
        var ui = world.Ui;
        ui.WindowBegin(patient is null ? "Patient" : $"Patient · {patient}", Panel, PanelSize);
        if (patient is null)
        {
            ui.Label("No patient in this room yet.");
            if (ui.Button(CreateLabel))
            {
                world.Commands.Send("patient", string.Empty, "twin.create", world.Reason,
                    ("kind", "patient"), ("weight", "70"), ("age", "45"), ("sex", "female"), ("serum_creatinine", "1.0"));
            }
        }
        else
        {
            PanelWidgets.Reading(ui, "Plasma", world.Value(patient, "plasma.concentration"), "mg/L", "0.000");
            PanelWidgets.Reading(ui, "AUC", world.Value(patient, "auc.cumulative"), "mg·h/L", "0.0");
            PanelWidgets.Reading(ui, "Given", world.Value(patient, "dose.total"), "mg", "0");
            PanelWidgets.Reading(ui, "Organ colour scale top", scale, "mg/L", "0.000");
            ui.Slider("Dose##amount", ref _doseMg, 10f, 2000f, "{0:0} mg");
            ui.Toggle("Oral (off: IV bolus)", ref _oral);
            if (ui.Button("Give dose"))
            {
                world.Commands.Send("patient", patient, "dose", world.Reason, ("amount_mg", PanelWidgets.Number(MathF.Round(_doseMg))), ("route", _oral ? "oral" : "iv-bolus"));
            }

            PanelWidgets.History(world, patient, "plasma.concentration", "Plasma concentration", "mg/L", _chart);
        }

        PanelWidgets.Feedback(world, "patient");
        ui.WindowEnd();
    }
}
