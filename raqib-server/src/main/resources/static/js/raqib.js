// Raqib's only script of its own: no inline script anywhere (the CSP forbids it), so behaviour is attached here.
(function () {
  'use strict';

  // htmx requests carry the CSRF token the page was rendered with.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Forms with data-confirm ask first; the question is rendered in the page's language.
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Buttons with data-copy copy the text of the element with that id (a token or password shown once).
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim());
      button.classList.add('copied');
    }
  });

  // An agreement's map (Leaflet, no tile layer): zones, corridors, posts, crossings and places from the
  // page's GeoJSON. The container is dir="ltr" (Leaflet's layout); popup text takes the page's language.
  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('agreement-map');
    if (!container || !window.L) {
      return;
    }
    var lang = container.getAttribute('data-lang');
    var map = window.L.map(container, { attributionControl: false });
    window.L.control.scale({ imperial: false }).addTo(map);
    var colours = { zone: '#1f6f8b', post: '#6b4fa0', crossing: '#a0612a', place: '#5b6773' };
    function popup(properties) {
      var box = document.createElement('div');
      box.dir = 'auto';
      box.lang = lang;
      var name = document.createElement('strong');
      name.textContent = (lang === 'ar' ? properties.name_ar : properties.name_en) || properties.id;
      box.appendChild(name);
      var notes = [];
      if (properties.role === 'corridor') {
        notes.push(container.getAttribute('data-corridor').replace('{0}', properties.buffer_km));
      }
      if (properties.approximate) {
        notes.push(container.getAttribute('data-approximate'));
      }
      var note = lang === 'ar' ? properties.note_ar : properties.note_en;
      if (note) {
        notes.push(note);
      }
      notes.forEach(function (text) {
        var line = document.createElement('div');
        line.textContent = text;
        box.appendChild(line);
      });
      return box;
    }
    fetch(container.getAttribute('data-geojson'), { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = window.L.geoJSON(data, {
          style: function (feature) {
            var p = feature.properties || {};
            return {
              color: colours[p.kind] || colours.zone,
              weight: p.role === 'centreline' ? 2 : 1.5,
              fillOpacity: p.role === 'corridor' ? 0.12 : 0.2,
              dashArray: p.approximate ? '6 4' : null
            };
          },
          pointToLayer: function (feature, latlng) {
            var p = feature.properties || {};
            return window.L.circleMarker(latlng, {
              radius: p.kind === 'place' ? 3 : 6,
              color: colours[p.kind] || colours.place,
              fillOpacity: 0.8,
              dashArray: p.approximate ? '3 2' : null
            });
          },
          onEachFeature: function (feature, featureLayer) {
            featureLayer.bindPopup(popup(feature.properties || {}));
          }
        }).addTo(map);
        // Frame the agreement's own shapes: zones, posts and crossings (places may lie far outside).
        var bounds = window.L.latLngBounds([]);
        layer.eachLayer(function (featureLayer) {
          var kind = featureLayer.feature && featureLayer.feature.properties && featureLayer.feature.properties.kind;
          if (kind !== 'place') {
            bounds.extend(featureLayer.getBounds ? featureLayer.getBounds() : featureLayer.getLatLng());
          }
        });
        if (!bounds.isValid()) {
          bounds = layer.getBounds();
        }
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [12, 12] });
        } else {
          map.setView([31.5, 34.45], 9);
        }
        container.setAttribute('data-features', String(data.features.length));
      });
  });

  // The incident map: the agreement's shapes, then the incidents of the view, fetched again whenever the view
  // moves (the server sends points, or clusters when there are many). Tiles only when the page names a tile URL.
  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('incident-map');
    if (!container || !window.L) {
      return;
    }
    var lang = container.getAttribute('data-lang');
    var map = window.L.map(container, { attributionControl: false });
    window.L.control.scale({ imperial: false }).addTo(map);
    var tiles = container.getAttribute('data-tiles');
    if (tiles) {
      window.L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    }
    var colours = { zone: '#1f6f8b', post: '#6b4fa0', crossing: '#a0612a', place: '#5b6773', incident: '#b3261e' };
    var incidents = window.L.layerGroup().addTo(map);
    function text(parts) {
      var box = document.createElement('div');
      box.dir = 'auto';
      box.lang = lang;
      parts.forEach(function (part, index) {
        var line = document.createElement(index === 0 ? 'strong' : 'div');
        line.textContent = part;
        box.appendChild(line);
      });
      return box;
    }
    function load() {
      var b = map.getBounds();
      var url = container.getAttribute('data-incidents') + (container.getAttribute('data-incidents').indexOf('?') < 0 ? '?' : '&')
        + 'bbox=' + [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) {
          return Math.max(-180, Math.min(180, v)).toFixed(4);
        }).join(',');
      fetch(url, { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          incidents.clearLayers();
          data.features.forEach(function (feature) {
            var p = feature.properties;
            var at = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
            if (p.kind === 'cluster') {
              var marker = window.L.circleMarker(at, { radius: Math.min(28, 8 + Math.sqrt(p.count)), color: colours.incident,
                fillOpacity: 0.35 });
              marker.bindTooltip(String(p.count), { permanent: true, direction: 'center', className: 'cluster-count' });
              marker.bindPopup(text([container.getAttribute('data-cluster').replace('{0}', p.count)]));
              incidents.addLayer(marker);
              return;
            }
            var dot = window.L.circleMarker(at, { radius: 6, color: colours.incident, fillOpacity: 0.8,
              dashArray: p.status === 'published' ? null : '3 2' });
            var link = document.createElement('a');
            link.href = container.getAttribute('data-link') + p.id;
            link.textContent = '#' + p.id;
            var box = text([p.label, p.day + ' · ' + p.statusLabel, p.zones,
              container.getAttribute('data-casualties').replace('{0}', p.killed).replace('{1}', p.injured), p.summary]);
            box.appendChild(link);
            dot.bindPopup(box);
            incidents.addLayer(dot);
          });
          container.setAttribute('data-incidents-shown', String(data.features.length));
        });
    }
    fetch(container.getAttribute('data-geojson'), { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = window.L.geoJSON(data, {
          filter: function (feature) { return (feature.properties || {}).kind !== 'place'; },
          style: function (feature) {
            var p = feature.properties || {};
            return { color: colours[p.kind] || colours.zone, weight: 1.5, fillOpacity: p.role === 'corridor' ? 0.12 : 0.2,
              dashArray: p.approximate ? '6 4' : null };
          },
          pointToLayer: function (feature, latlng) {
            var p = feature.properties || {};
            return window.L.circleMarker(latlng, { radius: 5, color: colours[p.kind] || colours.place, fillOpacity: 0.8 });
          },
          onEachFeature: function (feature, featureLayer) {
            var p = feature.properties || {};
            featureLayer.bindTooltip((lang === 'ar' ? p.name_ar : p.name_en) || p.id);
          }
        }).addTo(map);
        var bounds = layer.getBounds();
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [12, 12] });
        } else {
          map.setView([31.5, 34.45], 9);
        }
        map.on('moveend', load);
        load();
      });
  });
})();
