/// The report's stylesheet and script, inline so the one file works offline.
/// The script only reads `data-item`/`data-field` attributes the writer put
/// there: no document text ever passes through it.
enum ReportStyle {
    /// Box colours by mark; the legend shows the same.
    static func colour(_ mark: Mark) -> String {
        switch mark {
        case .plain: "#1e64dc"
        case .noted: "#00897b"
        case .repaired: "#8e24aa"
        case .doubtful: "#ef6c00"
        case .error: "#d50000"
        }
    }

    /// Colours come from the mark classes alone, so rules that draw borders
    /// give their width and style, never the `border` shorthand (its colour would win).
    static var css: String {
        var css = """
        *{box-sizing:border-box}
        body{margin:0;height:100vh;display:flex;flex-direction:column;font:13px/1.45 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",system-ui,sans-serif;color:#222}
        header{padding:6px 14px;border-bottom:1px solid #bbb;background:#f6f6f4}
        header h1{font-size:16px;margin:0 0 2px}
        header p{margin:0}
        .legend span{display:inline-block;margin-right:12px}
        .legend i{display:inline-block;width:14px;height:10px;border-width:2px;border-style:solid;margin-right:4px;vertical-align:-1px}
        main{flex:1;min-height:0;display:grid;grid-template-columns:minmax(0,55fr) minmax(0,45fr)}
        main.nopages{grid-template-columns:minmax(0,1fr)}
        #pages,#side{overflow:auto;padding:8px}
        #pages{background:#777}
        .page{margin:0 0 12px}
        .page figcaption{color:#fff;font-size:12px}
        .sheet{position:relative;width:100%}
        .sheet img{display:block;width:100%;height:100%}
        .box{position:absolute;border-width:2px;border-style:solid;cursor:pointer}
        .box.hl{outline:3px solid #ffd600;z-index:2}
        table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #ccc;padding:3px 5px;vertical-align:top;text-align:left;white-space:pre-wrap;word-break:break-all}
        th{background:#eee;position:sticky;top:-8px;z-index:1;white-space:nowrap}
        tr.item{border-left-width:5px;border-left-style:solid;scroll-margin-top:40px}
        tr.hl td{background:#fff6c2}
        .f{cursor:pointer}
        details.f summary{cursor:pointer}
        .more div.f,.more details.f{margin-bottom:2px}
        .addr{display:block;color:#666;font-size:11px}
        .none,.unplaced,small{color:#888}
        .code{font-family:ui-monospace,monospace;font-size:12px}
        .notes a{display:inline-block;margin-right:4px}
        #diagnostics td:first-child,#diagnostics td.code{white-space:nowrap;word-break:normal}
        tr.sev-error td:first-child{color:#d50000;font-weight:bold}
        tr.sev-warning td:first-child{color:#ef6c00}
        tr[data-item]{cursor:pointer}
        h2{font-size:14px;margin:14px 0 4px}

        """
        for mark in Mark.allCases {
            let colour = colour(mark)
            css += ".\(mark.cssClass){border-color:\(colour)}.box.\(mark.cssClass){background:\(colour)14}\n"
        }
        return css
    }

    static let script = """
    (function(){
      var lit=[];
      function clear(){lit.forEach(function(e){e.classList.remove('hl');});lit=[];}
      function light(list){list.forEach(function(e){e.classList.add('hl');lit.push(e);});}
      function boxes(item,field){
        var q='.box[data-item="'+item+'"]'+(field?'[data-field="'+CSS.escape(field)+'"]':'');
        return Array.prototype.slice.call(document.querySelectorAll(q));
      }
      function show(item,field,from){
        clear();
        var found=field?boxes(item,field):[];
        if(!found.length)found=boxes(item,null);
        light(found);
        var row=document.getElementById('item-'+item);
        if(row)light([row]);
        if(from!=='box'&&found.length)found[0].scrollIntoView({block:'center'});
        if(from!=='row'&&row)row.scrollIntoView({block:'start'});
      }
      document.addEventListener('click',function(event){
        var target=event.target.closest('[data-item]');
        if(!target)return;
        var link=event.target.closest('a[href^="#item-"]');
        if(link)event.preventDefault();
        var from=target.classList.contains('box')?'box':(target.closest('#items')?'row':'diagnostic');
        show(target.getAttribute('data-item'),target.getAttribute('data-field'),from);
      });
      // report.html#item-4 opens on the fifth item, highlighted: a link to share.
      function fromAddress(){var m=/^#item-([0-9]+)$/.exec(location.hash);if(m)show(m[1],null,'address');}
      window.addEventListener('hashchange',fromAddress);
      fromAddress();
    })();
    """
}
