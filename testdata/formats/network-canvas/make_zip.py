#!/usr/bin/python3
"""Writes networkCanvasExport.zip as Network Canvas Interviewer exports two
interviews as CSV (one set of files per interview, named
<caseID>_<sessionID>_..., CRLF line ends, cells with a comma or quote quoted;
see testdata/formats/README.md). Run from this folder: python3 make_zip.py"""
import zipfile

EGO = "networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,networkCanvasProtocolName,sessionStart,sessionFinish,sessionExported,APP_VERSION,COMMIT_HASH,name"
ALTERS = "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,closeness,support_asked,support_gave,layout_x,layout_y"
EDGES = "edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID"

sessions = {
    "P01_2f0c9a3e-5b1d-4c7e-9f55-1a2b3c4d5e6f": {
        "ego": ["e1a0f6c2-0d4e-4b7a-8c11-22aa33bb44cc,P01,2f0c9a3e-5b1d-4c7e-9f55-1a2b3c4d5e6f,Lerend netwerk HR,2026-02-05T13:02:11.000Z,2026-02-05T13:19:40.000Z,2026-02-06T09:00:00.000Z,6.5.3,d1c2b3a,Ann Peeters"],
        "alters": [
            "1,e1a0f6c2-0d4e-4b7a-8c11-22aa33bb44cc,a1111111-1111-4111-8111-111111111111,Bob Janssens,4,true,true,0.31,0.40",
            "2,e1a0f6c2-0d4e-4b7a-8c11-22aa33bb44cc,a2222222-2222-4222-8222-222222222222,Carla De Smet,3,false,true,0.62,0.24",
            "3,e1a0f6c2-0d4e-4b7a-8c11-22aa33bb44cc,a3333333-3333-4333-8333-333333333333,Eve Maes,2,false,false,0.70,0.81",
        ],
        "help": ["1,2,3,e1a0f6c2-0d4e-4b7a-8c11-22aa33bb44cc,f0000001-0000-4000-8000-000000000001,a2222222-2222-4222-8222-222222222222,a3333333-3333-4333-8333-333333333333"],
        "knows": ["1,1,2,e1a0f6c2-0d4e-4b7a-8c11-22aa33bb44cc,f0000002-0000-4000-8000-000000000002,a1111111-1111-4111-8111-111111111111,a2222222-2222-4222-8222-222222222222"],
    },
    "P02_7d1e0b4f-6c2e-4d8f-a066-2b3c4d5e6f70": {
        "ego": ["e2b1a7d3-1e5f-4c8b-9d22-33bb44cc55dd,P02,7d1e0b4f-6c2e-4d8f-a066-2b3c4d5e6f70,Lerend netwerk HR,2026-02-05T13:05:47.000Z,2026-02-05T13:24:02.000Z,2026-02-06T09:00:00.000Z,6.5.3,d1c2b3a,Bob Janssens"],
        "alters": [
            "1,e2b1a7d3-1e5f-4c8b-9d22-33bb44cc55dd,b1111111-1111-4111-8111-111111111111,Ann Peeters,5,true,false,0.20,0.35",
            "2,e2b1a7d3-1e5f-4c8b-9d22-33bb44cc55dd,b2222222-2222-4222-8222-222222222222,Jürgen Van der Hagen,3,false,true,0.55,0.60",
            "3,e2b1a7d3-1e5f-4c8b-9d22-33bb44cc55dd,b3333333-3333-4333-8333-333333333333,\"Dirk Wouters, jr.\",1,false,false,0.85,0.10",
        ],
        "help": [],
        "knows": ["1,2,3,e2b1a7d3-1e5f-4c8b-9d22-33bb44cc55dd,f0000003-0000-4000-8000-000000000003,b2222222-2222-4222-8222-222222222222,b3333333-3333-4333-8333-333333333333"],
    },
}

with zipfile.ZipFile("networkCanvasExport.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for prefix, s in sessions.items():
        for name, header, rows in [("ego", EGO, s["ego"]), ("attributeList_Person", ALTERS, s["alters"]),
                                   ("edgeList_help", EDGES, s["help"]), ("edgeList_knows", EDGES, s["knows"])]:
            info = zipfile.ZipInfo("%s_%s.csv" % (prefix, name), date_time=(2026, 2, 6, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, "\r\n".join([header] + rows) + "\r\n")
